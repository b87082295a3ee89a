//! The `pyref` command line. It mirrors CPython's own tools (Modules/main.c for running a
//! program, and the `main()` functions of Lib/tokenize.py, Lib/ast.py and Lib/dis.py for the
//! stage views) so that a user's habits carry over:
//!
//! ```text
//! pyref tokens [-e] FILE                        python3.13 -m tokenize [-e] FILE
//! pyref ast [-a] [-i N] [-m MODE] FILE          python3.13 -m ast ...
//! pyref dis [-C] [-O] FILE                      python3.13 -m dis ...
//! pyref FILE [ARG...] / pyref run FILE [ARG...]  python3.13 FILE ...
//! pyref -c CODE [ARG...]                        python3.13 -c CODE ...
//! pyref sizeof FILE                             scripts/sizeof_table.py FILE
//! ```
//!
//! `-` as FILE reads standard input. Errors in the command line itself (a missing file, an unknown
//! flag, a stage not built yet) are one line on standard error and a non-zero exit status.

use crate::host::{os_error_text, Host};
use std::io::Write;
use std::path::Path;

pub const VERSION: &str = env!("CARGO_PKG_VERSION");

const USAGE: &str = "\
usage: pyref [--help] [--version] <command> [options] FILE

pyref is a reference model of CPython 3.13 in Rust: each stage of CPython's pipeline,
runnable and readable, with output identical to CPython 3.13.0's.

commands:
  pyref FILE [ARG...]             run a program            (python3.13 FILE)
  pyref run FILE [ARG...]         the same
  pyref -c CODE [ARG...]          run a string             (python3.13 -c CODE)
  pyref tokens [-e] FILE          the token stream         (python3.13 -m tokenize [-e] FILE)
  pyref ast [-a] [-i N] [-m MODE] [--no-type-comments] FILE
                                  the syntax tree          (python3.13 -m ast ...)
  pyref dis [-C] [-O] FILE        the bytecode             (python3.13 -m dis ...)
  pyref sizeof FILE               run FILE, then print sys.getsizeof of every module global

FILE may be - for standard input.
";

/// A program's source as a stage receives it.
pub struct Source {
    /// The name as the user gave it (`<stdin>` for `-`); CPython's tools print it as given.
    pub name: String,
    pub bytes: Vec<u8>,
}

/// Options of `pyref ast`, as `python3.13 -m ast` takes them.
#[derive(Clone, Debug)]
pub struct AstOptions {
    pub include_attributes: bool,
    pub indent: i64,
    pub mode: String,
    pub type_comments: bool,
}

/// Options of `pyref dis`, as `python3.13 -m dis` takes them.
#[derive(Clone, Debug, Default)]
pub struct DisOptions {
    pub show_caches: bool,
    pub show_offsets: bool,
}

/// Runs the command line `args` (without the program name) against `host`; returns the exit status.
pub fn main_with(args: &[String], host: &mut Host) -> i32 {
    let status = dispatch(args, host);
    let _ = host.stdout.flush();
    let _ = host.stderr.flush();
    status
}

fn dispatch(args: &[String], host: &mut Host) -> i32 {
    let Some(first) = args.first() else {
        let _ = host.stderr.write_all(USAGE.as_bytes());
        return 2;
    };
    let rest = &args[1..];
    match first.as_str() {
        "-h" | "--help" => {
            let _ = host.stdout.write_all(USAGE.as_bytes());
            0
        }
        "-V" | "--version" => {
            let _ = writeln!(host.stdout, "pyref {VERSION} (a reference model of CPython 3.13.0)");
            0
        }
        "-c" => match rest.first() {
            Some(code) => {
                let src = Source { name: "<string>".into(), bytes: code.as_bytes().to_vec() };
                run_program(src, &rest[1..], host)
            }
            None => usage_error(host, "argument expected for the -c option"),
        },
        "tokens" => cmd_tokens(rest, host),
        "ast" => cmd_ast(rest, host),
        "dis" => cmd_dis(rest, host),
        "sizeof" => cmd_sizeof(rest, host),
        "run-code" => cmd_run_code(rest, host),
        "run" => match rest.first() {
            Some(file) => run_file(file, &rest[1..], host),
            None => usage_error(host, "run: a FILE is required"),
        },
        "-" => run_file("-", rest, host),
        flag if flag.starts_with('-') => usage_error(host, &format!("unknown option '{flag}'")),
        file => run_file(file, rest, host),
    }
}

fn usage_error(host: &mut Host, msg: &str) -> i32 {
    host.error_line(&format!("pyref: {msg} (see pyref --help)"));
    2
}

/// Splits `args` into flags and exactly one FILE operand.
fn one_file<'a>(cmd: &str, args: &'a [String], host: &mut Host) -> Result<(&'a str, Vec<&'a str>), i32> {
    let mut flags = Vec::new();
    let mut file = None;
    for a in args {
        if a != "-" && a.starts_with('-') {
            flags.push(a.as_str());
        } else if file.is_none() {
            file = Some(a.as_str());
        } else {
            return Err(usage_error(host, &format!("{cmd}: unexpected argument '{a}'")));
        }
    }
    match file {
        Some(f) => Ok((f, flags)),
        None => Err(usage_error(host, &format!("{cmd}: a FILE is required"))),
    }
}

/// Reads FILE (or standard input for `-`), reporting a failure as CPython's tools would.
fn read_source(file: &str, host: &mut Host) -> Result<Source, i32> {
    if file == "-" {
        return match host.read_stdin() {
            Ok(bytes) => Ok(Source { name: "<stdin>".into(), bytes }),
            Err(e) => {
                host.error_line(&format!("pyref: can't read standard input: {}", os_error_text(&e)));
                Err(2)
            }
        };
    }
    match host.read_file(Path::new(file)) {
        Ok(bytes) => Ok(Source { name: file.to_string(), bytes }),
        Err(e) => {
            let abs = host.absolute(Path::new(file));
            host.error_line(&format!("pyref: can't open file '{}': {}", abs.display(), os_error_text(&e)));
            Err(2)
        }
    }
}

fn cmd_tokens(args: &[String], host: &mut Host) -> i32 {
    let (file, flags) = match one_file("tokens", args, host) {
        Ok(v) => v,
        Err(code) => return code,
    };
    let mut exact = false;
    for f in flags {
        match f {
            "-e" | "--exact" => exact = true,
            other => return usage_error(host, &format!("tokens: unknown option '{other}'")),
        }
    }
    // `python -m tokenize F` reports an unreadable F as `error: [Errno 2] ...: 'F'`, status 1.
    let src = if file == "-" {
        match read_source(file, host) {
            Ok(s) => s,
            Err(code) => return code,
        }
    } else {
        match host.read_file(Path::new(file)) {
            Ok(bytes) => Source { name: file.to_string(), bytes },
            Err(e) => {
                let name = crate::objects::str_repr::repr(file);
                host.error_line(&format!("error: {}: {name}", os_error_text(&e)));
                return 1;
            }
        }
    };
    let (out, err, status) = if file == "-" {
        crate::tokenize::view::run_stdin(&src.bytes, exact)
    } else {
        crate::tokenize::view::run(&src.bytes, &src.name, exact, || installed_traceback(host, &TOKENIZE_FRAMES))
    };
    let _ = host.stdout.write_all(out.as_bytes());
    let _ = host.stdout.flush();
    let _ = host.stderr.write_all(err.as_bytes());
    status
}

fn cmd_ast(args: &[String], host: &mut Host) -> i32 {
    let mut opts = AstOptions { include_attributes: false, indent: 3, mode: "exec".into(), type_comments: true };
    let mut file = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "-a" | "--include-attributes" => opts.include_attributes = true,
            "--no-type-comments" => opts.type_comments = false,
            "-i" | "--indent" | "-m" | "--mode" => {
                let Some(v) = it.next() else {
                    return usage_error(host, &format!("ast: {a} needs a value"));
                };
                if a.starts_with("-i") || a == "--indent" {
                    match v.parse() {
                        Ok(n) => opts.indent = n,
                        Err(_) => return usage_error(host, &format!("ast: invalid int value: '{v}'")),
                    }
                } else if ["exec", "single", "eval", "func_type"].contains(&v.as_str()) {
                    opts.mode = v.clone();
                } else {
                    return usage_error(host, &format!("ast: invalid mode '{v}'"));
                }
            }
            f if f != "-" && f.starts_with('-') => return usage_error(host, &format!("ast: unknown option '{f}'")),
            f if file.is_none() => file = Some(f.to_string()),
            f => return usage_error(host, &format!("ast: unexpected argument '{f}'")),
        }
    }
    let Some(file) = file else { return usage_error(host, "ast: a FILE is required") };
    let src = match read_source(&file, host) {
        Ok(s) => s,
        Err(code) => return code,
    };
    run_ast(&opts, &src, host)
}

/// `python3.13 -m ast`: parse, then print `ast.dump(tree, include_attributes, indent)`. A program
/// that does not compile gets what `python3.13 F` prints for its SyntaxError, exit status 1.
fn run_ast(opts: &AstOptions, src: &Source, host: &mut Host) -> i32 {
    use crate::parser::{parse_from, Mode, Origin};
    let mode = Mode::from_name(&opts.mode).unwrap_or(Mode::Exec);
    // `-m ast` reads the file as bytes and compiles them: the string tokenizer's errors.
    let parsed = parse_from(&src.bytes, mode, opts.type_comments, Origin::String);
    print_warnings(&src.name, &parsed.text, &parsed.warnings, host);
    match parsed.result {
        Ok(tree) => {
            let d = crate::ast::dump::Dumper::new(&tree.names, Some(opts.indent), opts.include_attributes);
            let _ = writeln!(host.stdout, "{}", d.dump_mod(&tree.module));
            0
        }
        Err(e) => {
            let _ = host.stdout.flush();
            // `-m ast` compiles with the file name as given, so the SyntaxError names it that way.
            let head = installed_traceback(host, &AST_FRAMES);
            let _ = host.stderr.write_all(format!("{head}{}", e.render(&src.name, &parsed.text)).as_bytes());
            1
        }
    }
}

/// Reports the "Non-UTF-8 code" error of a file without a coding declaration, unless the parse
/// met a syntax error on an earlier line first (the file is read line by line). True if reported.
/// For `python F` (the run path); `-m ast` and `-m dis` compile bytes and never say this.
#[allow(dead_code)]
fn refuse_non_utf8(src: &Source, parsed: &crate::parser::Parsed, host: &mut Host) -> bool {
    let shown = if src.name == "<stdin>" { src.name.clone() } else { host.absolute(Path::new(&src.name)).display().to_string() };
    let Some((line, msg)) = non_utf8_file_error(&src.bytes, &shown) else { return false };
    let earlier = matches!(&parsed.result, Err(e) if e.lineno > 0 && (e.lineno as usize) < line);
    if !earlier {
        host.error_line(&msg);
    }
    !earlier
}

/// `python3.13 F` reads a file without a coding declaration as UTF-8 line by line and refuses
/// the first line that is not (Parser/tokenizer/file_tokenizer.c), before parsing anything.
fn non_utf8_file_error(bytes: &[u8], shown: &str) -> Option<(usize, String)> {
    if let Ok(detected) = crate::tokenize::encoding::detect_encoding(bytes, "") {
        if detected.name != "utf-8" || detected.bom_len != 0 {
            return None;
        }
    }
    let err = std::str::from_utf8(bytes).err()?;
    let at = err.valid_up_to();
    let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
    Some((
        line,
        format!(
            "SyntaxError: Non-UTF-8 code starting with '\\x{:02x}' in file {shown} on line {line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
            bytes[at]
        ),
    ))
}

/// SyntaxWarnings as the `warnings` module prints them: `F:LINE: SyntaxWarning: msg` and the
/// stripped source line (read back by linecache, so absent for `<stdin>`).
/// The compile-time SyntaxWarnings of `name`. A DeprecationWarning the optimiser raised has no
/// Python caller here: CPython attributes it to module `sys`, which the default filters ignore.
fn print_warnings(name: &str, text: &str, warnings: &[crate::parser::Warning], host: &mut Host) {
    for w in warnings {
        if w.category != crate::parser::WarningCategory::Syntax {
            continue;
        }
        let _ = writeln!(host.stderr, "{name}:{}: SyntaxWarning: {}", w.lineno, w.msg);
        // linecache finds no source for pseudo-files such as `<stdin>`.
        if name.starts_with('<') && name.ends_with('>') {
            continue;
        }
        if let Some(line) = text.split('\n').nth(w.lineno.saturating_sub(1) as usize) {
            let line = line.trim_matches(|c: char| c.is_whitespace());
            if !line.is_empty() {
                let _ = writeln!(host.stderr, "  {line}");
            }
        }
    }
}

/// A frame of CPython's own code that is running when `compile()` raises or warns under
/// `python3.13 -m ast|dis FILE`: runpy's (frozen, so without source lines) and the tool's module
/// in the library under the installation prefix. These are facts of CPython 3.13.0's files, with
/// the positions its traceback module reports for them; the lines themselves are read from the
/// installation when it is there, as CPython's linecache does.
struct InstalledFrame {
    file: &'static str,
    line: i32,
    end_line: i32,
    col: usize,
    end_col: usize,
    name: &'static str,
    /// The frame's instruction (its markers depend on it): a call, or the SEND of a `yield from`.
    op: crate::opcode::Op,
}

const fn frame(file: &'static str, line: i32, end_line: i32, col: usize, end_col: usize, name: &'static str) -> InstalledFrame {
    InstalledFrame { file, line, end_line, col, end_col, name, op: crate::opcode::Op::CALL }
}

/// A frame suspended in a `yield from` (its instruction is SEND).
const fn yield_from_frame(file: &'static str, line: i32, col: usize, end_col: usize, name: &'static str) -> InstalledFrame {
    InstalledFrame { file, line, end_line: line, col, end_col, name, op: crate::opcode::Op::SEND }
}

/// `python -m MODULE`: `runpy._run_module_as_main` running the module's code.
const RUNPY_FRAMES: [InstalledFrame; 2] =
    [frame("<frozen runpy>", 198, 199, 11, 42, "_run_module_as_main"), frame("<frozen runpy>", 88, 88, 4, 27, "_run_code")];
/// Lib/dis.py: the module calls `main()`, whose `compile(source, name, "exec")` compiles the file.
const DIS_FRAMES: [InstalledFrame; 2] = [frame("dis.py", 1075, 1075, 4, 10, "<module>"), frame("dis.py", 1071, 1071, 11, 40, "main")];
/// Lib/ast.py: `main()` calls `parse()`, which calls `compile(..., PyCF_ONLY_AST)`.
const AST_FRAMES: [InstalledFrame; 3] =
    [frame("ast.py", 1866, 1866, 4, 10, "<module>"), frame("ast.py", 1862, 1862, 11, 78, "main"), frame("ast.py", 54, 55, 11, 71, "parse")];

/// Lib/tokenize.py: `main()` lists `tokenize()`'s tokens, which come from the C tokenizer through
/// `_generate_tokens_from_c_tokenizer` and `TokenInfo._make` (Lib/collections/__init__.py).
const TOKENIZE_FRAMES: [InstalledFrame; 5] = [
    frame("tokenize.py", 584, 584, 4, 10, "<module>"),
    frame("tokenize.py", 526, 526, 25, 51, "main"),
    yield_from_frame("tokenize.py", 484, 4, 94, "tokenize"),
    frame("tokenize.py", 575, 575, 18, 39, "_generate_tokens_from_c_tokenizer"),
    frame("collections/__init__.py", 449, 449, 17, 41, "_make"),
];

/// Where an installed frame's file is: the library under the host's prefix, or a frozen name.
fn installed_path(host: &Host, file: &str) -> String {
    if file.starts_with('<') {
        file.to_string()
    } else {
        host.prefix.join("lib/python3.13").join(file).display().to_string()
    }
}

/// The text of an installed file, as linecache reads it (None when it is not there).
fn installed_source(host: &Host, path: &str) -> Option<String> {
    host.read_file(Path::new(path)).ok().map(|b| String::from_utf8_lossy(&b).into_owned())
}

/// The head of the traceback `python3.13 -m ast|dis` prints when `compile()` raises: the
/// installation's frames down to the `compile()` call (each with its line and markers, as
/// Lib/traceback.py formats them); the exception's own block follows.
fn installed_traceback(host: &Host, tool: &[InstalledFrame]) -> String {
    let mut out = String::from("Traceback (most recent call last):\n");
    for f in RUNPY_FRAMES.iter().chain(tool) {
        let path = installed_path(host, f.file);
        out.push_str(&format!("  File \"{path}\", line {}, in {}\n", f.line, f.name));
        if f.file.starts_with('<') {
            continue;
        }
        let Some(text) = installed_source(host, &path) else { continue };
        if f.end_line > f.line {
            if let Some(block) = crate::eval::traceback::multiline_block_in(&text, f.line, f.end_line, f.col, f.end_col) {
                out.push_str(&block);
                continue;
            }
        }
        let Some(src) = text.lines().nth(f.line as usize - 1).filter(|l| !l.trim().is_empty()) else { continue };
        out.push_str(&format!("    {}\n", src.trim()));
        if let Some(m) = crate::eval::traceback::carets(src, f.col, f.end_col, f.op as u8) {
            out.push_str(&m);
        }
    }
    out
}

/// DeprecationWarnings raised while `-m dis` compiles: CPython attributes them to the running
/// Python frame, Lib/dis.py's `main()` at its `compile()` call, in module `__main__`, so the
/// default filters show each message once, as `warnings.formatwarning` writes it: the
/// installation's dis.py path and line, then that line of dis.py (read from the file, as
/// linecache does; left out when the file is not there).
fn print_dis_deprecations(warnings: &[crate::parser::Warning], host: &mut Host) {
    let mut shown: Vec<&str> = Vec::new();
    for w in warnings {
        if w.category != crate::parser::WarningCategory::Deprecation || shown.contains(&w.msg.as_str()) {
            continue;
        }
        shown.push(&w.msg);
        let at = &DIS_FRAMES[1];
        let dis_py = installed_path(host, at.file);
        let _ = writeln!(host.stderr, "{dis_py}:{}: DeprecationWarning: {}", at.line, w.msg);
        let text = installed_source(host, &dis_py).unwrap_or_default();
        if let Some(line) = text.lines().nth(at.line as usize - 1).map(str::trim).filter(|l| !l.is_empty()) {
            let _ = writeln!(host.stderr, "  {line}");
        }
    }
}

fn cmd_dis(args: &[String], host: &mut Host) -> i32 {
    let (file, flags) = match one_file("dis", args, host) {
        Ok(v) => v,
        Err(code) => return code,
    };
    let mut opts = DisOptions::default();
    for f in flags {
        match f {
            "-C" | "--show-caches" => opts.show_caches = true,
            "-O" | "--show-offsets" => opts.show_offsets = true,
            other => return usage_error(host, &format!("dis: unknown option '{other}'")),
        }
    }
    let src = match read_source(file, host) {
        Ok(s) => s,
        Err(code) => return code,
    };
    run_dis(&opts, &src, host)
}

/// `python3.13 -m dis FILE`: compile the file as `compile(source, FILE, "exec")` and print
/// `dis.dis(code)`. A program that does not compile gets the traceback `-m dis` prints: the
/// installation's frames (runpy, Lib/dis.py's `compile()` call) and the SyntaxError as
/// `compile()` raised it (file name as given), exit status 1.
fn run_dis(opts: &DisOptions, src: &Source, host: &mut Host) -> i32 {
    use crate::compile::{codegen::compile_ast_with_warnings, Mode as CMode};
    use crate::parser::{parse_from, Mode, Origin};
    // `-m dis` reads the file as bytes and compiles them: the string tokenizer's errors.
    let parsed = parse_from(&src.bytes, Mode::Exec, false, Origin::String);
    print_warnings(&src.name, &parsed.text, &parsed.warnings, host);
    let tree = match parsed.result {
        Ok(t) => t,
        Err(e) => {
            let _ = host.stdout.flush();
            let head = installed_traceback(host, &DIS_FRAMES);
            let _ = host.stderr.write_all(format!("{head}{}", e.render(&src.name, &parsed.text)).as_bytes());
            return 1;
        }
    };
    let (result, warnings) = compile_ast_with_warnings(tree, &src.name, CMode::Exec, 0);
    print_warnings(&src.name, &parsed.text, &warnings, host);
    print_dis_deprecations(&warnings, host);
    match result {
        Ok(code) => {
            let dopts = crate::dis::DisOptions { show_caches: opts.show_caches, show_offsets: opts.show_offsets, ..Default::default() };
            let _ = crate::dis::disassemble(&code, dopts, &mut host.stdout);
            0
        }
        Err(e) => {
            use crate::parser::error::{ErrorKind, SyntaxError};
            let se = SyntaxError::new(ErrorKind::Syntax, e.msg, e.lineno, e.col as i64, e.end_lineno, e.end_col as i64);
            let _ = host.stdout.flush();
            let head = installed_traceback(host, &DIS_FRAMES);
            let _ = host.stderr.write_all(format!("{head}{}", se.render(&src.name, &parsed.text)).as_bytes());
            1
        }
    }
}

fn cmd_sizeof(args: &[String], host: &mut Host) -> i32 {
    let (file, flags) = match one_file("sizeof", args, host) {
        Ok(v) => v,
        Err(code) => return code,
    };
    if let Some(f) = flags.first() {
        return usage_error(host, &format!("sizeof: unknown option '{f}'"));
    }
    let src = match read_source(file, host) {
        Ok(s) => s,
        Err(code) => return code,
    };
    match compile_program(&src, host, true) {
        Ok((code, text)) => crate::pythonrun::run_sizeof(host, code, &text, vec![src.name.clone()]),
        Err((_, class)) => {
            let _ = host.stdout.write_all(format!("! {class}\n").as_bytes());
            0
        }
    }
}

fn run_file(file: &str, argv_rest: &[String], host: &mut Host) -> i32 {
    let src = match read_source(file, host) {
        Ok(s) => s,
        Err(code) => return code,
    };
    run_program(src, argv_rest, host)
}

fn run_program(src: Source, argv_rest: &[String], host: &mut Host) -> i32 {
    let (code, text) = match compile_program(&src, host, false) {
        Ok(v) => v,
        Err((status, _)) => return status,
    };
    let mut argv = vec![if src.name == "<string>" { "-c".to_string() } else { src.name.clone() }];
    argv.extend(argv_rest.iter().cloned());
    crate::pythonrun::run_main(host, code, &text, argv)
}

/// Parses and compiles a program as `python3.13 F` does, reporting a SyntaxError (unless
/// `quiet`) with exit status 1; the error carries the status and the exception's class name.
fn compile_program(src: &Source, host: &mut Host, quiet: bool) -> Result<(std::rc::Rc<crate::code::Code>, String), (i32, &'static str)> {
    use crate::compile::{codegen::compile_ast_with_warnings, Mode as CMode};
    use crate::parser::{parse, Mode};
    let shown = if src.name.starts_with('<') { src.name.clone() } else { host.absolute(Path::new(&src.name)).display().to_string() };
    let parsed = parse(&src.bytes, Mode::Exec, false);
    if let Some((line, msg)) = non_utf8_file_error(&src.bytes, &shown) {
        let earlier = matches!(&parsed.result, Err(e) if e.lineno > 0 && (e.lineno as usize) < line);
        if !earlier {
            if !quiet {
                host.error_line(&msg);
            }
            return Err((1, "SyntaxError"));
        }
    }
    if !quiet {
        print_warnings(&shown, &parsed.text, &parsed.warnings, host);
    }
    let tree = match parsed.result {
        Ok(t) => t,
        Err(e) => {
            if !quiet {
                let _ = host.stdout.flush();
                let _ = host.stderr.write_all(e.render(&shown, &parsed.text).as_bytes());
            }
            return Err((1, e.kind.name()));
        }
    };
    let (result, warnings) = compile_ast_with_warnings(tree, &shown, CMode::Exec, 0);
    if !quiet {
        print_warnings(&shown, &parsed.text, &warnings, host);
    }
    match result {
        Ok(code) => Ok((code, parsed.text.to_string())),
        Err(e) => {
            if !quiet {
                use crate::parser::error::{ErrorKind, SyntaxError};
                let se = SyntaxError::new(ErrorKind::Syntax, e.msg, e.lineno, e.col as i64, e.end_lineno, e.end_col as i64);
                let _ = host.stdout.flush();
                let _ = host.stderr.write_all(se.render(&shown, &parsed.text).as_bytes());
            }
            Err((1, "SyntaxError"))
        }
    }
}

/// `pyref run-code CODE SCRIPT [ARGS...]`: runs the module code object marshalled in CODE
/// (`marshal.dumps(compile(source, abspath, "exec"))`) as the program SCRIPT: CPython's own
/// bytecode in pyref's eval loop, so that the runtime can be checked apart from pyref's compiler
/// (scripts/runtime-check).
fn cmd_run_code(args: &[String], host: &mut Host) -> i32 {
    if args.len() < 2 {
        return usage_error(host, "run-code: CODE and SCRIPT are required");
    }
    let data = match host.read_file(Path::new(&args[0])) {
        Ok(d) => d,
        Err(e) => {
            host.error_line(&format!("pyref: can't open file '{}': {}", args[0], os_error_text(&e)));
            return 2;
        }
    };
    let code = match crate::marshal::loads_code(&data) {
        Ok(c) => c,
        Err(e) => {
            host.error_line(&format!("pyref: {e}"));
            return 2;
        }
    };
    let source = host.read_file(Path::new(&args[1])).map(|b| String::from_utf8_lossy(&b).into_owned()).unwrap_or_default();
    let mut argv = vec![args[1].clone()];
    argv.extend(args[2..].iter().cloned());
    crate::pythonrun::run_main(host, code, &source, argv)
}
