//! The standard streams as the interpreter reaches them through `sys` (Python/sysmodule.c
//! `_PySys_GetAttr`, Python/pythonrun.c `PyFile_WriteString`): `print`, tracebacks, warnings
//! and unraisable reports write to whatever `sys.stdout`/`sys.stderr` is *now*, so that
//! `sys.stdout = io.StringIO()` and `contextlib.redirect_stdout` capture them. While the name
//! still holds one of the host stream objects the text goes straight to the host (no call).

use crate::objects::bodies::StreamBody;
use crate::objects::object::ObjRef;
use crate::objects::typeobject::PyResult;
use crate::vm::Vm;

/// What `sys.<name>` is now: `Ok(None)` when the attribute is missing (CPython: "lost
/// sys.stdout"), `Ok(Some(obj))` otherwise. Before `sys` exists the host stream is meant.
pub fn lookup(vm: &mut Vm, name: &str) -> PyResult<Option<ObjRef>> {
    let d = match &vm.modules.sys_dict {
        Some(d) => d.clone(),
        None => {
            crate::import::sys_modules(vm);
            match &vm.modules.sys_dict {
                Some(d) => d.clone(),
                None => return Ok(None),
            }
        }
    };
    vm.dict_get_str(&d, name)
}

/// Writes text meant for `sys.stderr` (tracebacks, warnings, unraisable reports): to the host
/// when `sys.stderr` is a host stream or is missing, nowhere when it is None, else through its
/// `write` (errors from it are dropped, as `PyFile_WriteString` callers do).
pub fn write_stderr(vm: &mut Vm, text: &str) {
    write_to(vm, "stderr", text)
}

/// As `write_stderr`, for `sys.stdout`.
pub fn write_stdout(vm: &mut Vm, text: &str) {
    write_to(vm, "stdout", text)
}

fn write_to(vm: &mut Vm, name: &str, text: &str) {
    use std::io::Write;
    let target = lookup(vm, name).ok().flatten();
    let fd = match &target {
        None => {
            if name == "stderr" { 2 } else { 1 }
        }
        Some(o) => match o.downcast::<StreamBody>() {
            Some(s) => s.fd,
            None if o.is(&vm.none) => return,
            None => {
                let o = o.clone();
                if let Ok(w) = vm.getattr_str(&o, "write") {
                    let s = vm.str(text);
                    let _ = vm.call(&w, &[s], None);
                }
                return;
            }
        },
    };
    if fd == 2 {
        // CPython's stderr does not flush stdout first (a buffered stdout shows later).
        let _ = vm.host.stderr.write_all(text.as_bytes());
    } else {
        vm.write_stdout(text);
    }
}

/// The standard output of a real process as CPython 3.13 builds it (Python/pylifecycle.c
/// `create_stdio`; Modules/_io/textio.c and bufferedio.c): a text layer that gathers encoded
/// writes until they reach its chunk size (8192 bytes) over a `BufferedWriter` whose size is
/// the descriptor's `st_blksize`, over the file descriptor. On a terminal the text layer
/// flushes both at each newline; with `PYTHONUNBUFFERED` each write goes straight to the
/// descriptor. Which write sees a failure of the descriptor (a reader that went away:
/// `BrokenPipeError`) and what a failed write keeps follow CPython's layers:
/// - text: a write that brings the pending bytes to the chunk size hands them all to the buffer
///   and forgets them, whatever the buffer answers;
/// - buffer: data that fits is copied in (smaller than the buffer and within its free room);
///   otherwise the buffered bytes are written first (on failure they stay and the new data is
///   dropped), and data at least as large as the buffer is written directly;
/// - flush: the pending text goes to the buffer, then the buffer to the descriptor; what the
///   descriptor refuses stays buffered, so the next flush fails again.
pub struct StdoutWriter {
    raw: std::mem::ManuallyDrop<std::fs::File>,
    mode: StdoutMode,
    pending: Vec<u8>,
    buf: Vec<u8>,
    buf_size: usize,
}

#[derive(Clone, Copy, PartialEq)]
enum StdoutMode {
    /// `PYTHONUNBUFFERED`: `write_through` over an unbuffered raw file.
    Unbuffered,
    /// A terminal: `line_buffering`.
    Line,
    Block,
}

/// `_io.TextIOWrapper`'s `_CHUNK_SIZE`.
const TEXT_CHUNK: usize = 8192;

impl StdoutWriter {
    /// The writer over file descriptor 1 of this process.
    pub fn process() -> StdoutWriter {
        use std::io::IsTerminal;
        use std::os::unix::fs::MetadataExt;
        use std::os::unix::io::FromRawFd;
        // SAFETY: descriptor 1 stays open for the whole process; `ManuallyDrop` keeps this File
        // from ever closing it, so it is only a way to call write(2) on it.
        let raw = std::mem::ManuallyDrop::new(unsafe { std::fs::File::from_raw_fd(1) });
        let unbuffered = std::env::var_os("PYTHONUNBUFFERED").is_some_and(|v| !v.is_empty());
        let mode = if unbuffered {
            StdoutMode::Unbuffered
        } else if std::io::stdout().is_terminal() {
            StdoutMode::Line
        } else {
            StdoutMode::Block
        };
        // `_io.open`: the buffer size is `st_blksize` when it is above 1, else 8192.
        let blk = raw.metadata().map(|m| m.blksize() as usize).unwrap_or(0);
        let buf_size = if blk > 1 { blk } else { 8192 };
        StdoutWriter { raw, mode, pending: Vec::new(), buf: Vec::new(), buf_size }
    }

    fn raw_write(&mut self, data: &[u8]) -> std::io::Result<()> {
        use std::io::Write;
        (&*self.raw).write_all(data)
    }

    /// `BufferedWriter.write`.
    fn buffer_write(&mut self, data: &[u8]) -> std::io::Result<()> {
        let n = data.len();
        if n < self.buf_size && self.buf.len() + n <= self.buf_size {
            self.buf.extend_from_slice(data);
            return Ok(());
        }
        if !self.buf.is_empty() {
            let b = std::mem::take(&mut self.buf);
            let r = self.raw_write(&b);
            self.buf = b;
            r?;
            self.buf.clear();
        }
        if n >= self.buf_size {
            return self.raw_write(data);
        }
        self.buf.extend_from_slice(data);
        Ok(())
    }

    /// `_textiowrapper_writeflush`: the pending bytes go to the buffer and are forgotten.
    #[cold]
    fn write_pending(&mut self) -> std::io::Result<()> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let p = std::mem::take(&mut self.pending);
        let r = self.buffer_write(&p);
        // Keep the storage for the next chunk.
        self.pending = p;
        self.pending.clear();
        r
    }

    /// `BufferedWriter.flush`.
    fn buffer_flush(&mut self) -> std::io::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let b = std::mem::take(&mut self.buf);
        let r = self.raw_write(&b);
        self.buf = b;
        if r.is_ok() {
            self.buf.clear();
        }
        r
    }
}

impl std::io::Write for StdoutWriter {
    fn write(&mut self, data: &[u8]) -> std::io::Result<usize> {
        self.write_all(data)?;
        Ok(data.len())
    }

    /// `TextIOWrapper.write`, for the whole of `data`.
    #[inline]
    fn write_all(&mut self, data: &[u8]) -> std::io::Result<()> {
        match self.mode {
            StdoutMode::Block => {
                self.pending.extend_from_slice(data);
                if self.pending.len() >= TEXT_CHUNK {
                    return self.write_pending();
                }
                Ok(())
            }
            StdoutMode::Unbuffered => self.raw_write(data),
            StdoutMode::Line => {
                self.pending.extend_from_slice(data);
                if data.iter().any(|&b| b == b'\n' || b == b'\r') {
                    self.flush()
                } else if self.pending.len() >= TEXT_CHUNK {
                    self.write_pending()
                } else {
                    Ok(())
                }
            }
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.write_pending()?;
        self.buffer_flush()
    }
}

/// Writes `text` to the host's standard output as `sys.stdout.write` does, raising the
/// `OSError` the descriptor gave (`BrokenPipeError` once the reader has gone).
pub fn host_write_stdout(vm: &mut Vm, text: &str) -> PyResult<()> {
    use std::io::Write;
    vm.host.stdout.write_all(text.as_bytes()).map_err(|e| os_error(vm, &e))
}

/// `sys.stdout.flush()` on the host stream.
pub fn host_flush_stdout(vm: &mut Vm) -> PyResult<()> {
    use std::io::Write;
    vm.host.stdout.flush().map_err(|e| os_error(vm, &e))
}

/// `sys.stdin.readline(size)`: the next line of the host's standard input with its newline, ''
/// at the end; with a `size`, at most that many characters of it (the rest stays for the next
/// read).
pub fn stdin_readline(vm: &mut Vm, size: Option<usize>) -> PyResult<String> {
    read_stdin(vm, size, true)
}

/// `sys.stdin.read(n)`: up to `n` characters (all that is left when `n` is None), reading no
/// further than needed, so an interactive reader is not kept waiting.
pub fn stdin_read(vm: &mut Vm, n: Option<usize>) -> PyResult<String> {
    read_stdin(vm, n, false)
}

/// Reads standard input up to `max_chars` characters (no limit when None), stopping after a
/// newline when `line`. Nothing past what it returns is consumed. The bytes are decoded as
/// UTF-8 (invalid sequences replaced).
fn read_stdin(vm: &mut Vm, max_chars: Option<usize>, line: bool) -> PyResult<String> {
    let mut buf = Vec::new();
    let Some(limit) = max_chars else {
        let got = if line { vm.host.stdin.read_until(b'\n', &mut buf) } else { vm.host.stdin.read_to_end(&mut buf) };
        if let Err(e) = got {
            return Err(os_error(vm, &e));
        }
        return Ok(String::from_utf8_lossy(&buf).into_owned());
    };
    let mut chars = 0;
    loop {
        let avail = match vm.host.stdin.fill_buf() {
            Ok(a) => a,
            Err(e) => return Err(os_error(vm, &e)),
        };
        // Bytes up to the end of the `limit`th character (a UTF-8 lead byte starts one) or,
        // for a line, its newline, whichever comes first.
        let mut take = 0;
        let mut newline = false;
        while take < avail.len() {
            let b = avail[take];
            let lead = b & 0xC0 != 0x80;
            if lead && chars == limit {
                break;
            }
            chars += usize::from(lead);
            take += 1;
            if line && b == b'\n' {
                newline = true;
                break;
            }
        }
        buf.extend_from_slice(&avail[..take]);
        let done = avail.is_empty() || newline || take < avail.len();
        vm.host.stdin.consume(take);
        if done {
            break;
        }
    }
    Ok(String::from_utf8_lossy(&buf).into_owned())
}

/// The `OSError` subclass CPython raises for an I/O error (`PyErr_SetFromErrno`).
fn os_error(vm: &mut Vm, e: &std::io::Error) -> crate::objects::typeobject::PyErr {
    let full = e.to_string();
    let msg = full.split(" (os error").next().unwrap_or(&full).to_string();
    let args = match e.raw_os_error() {
        Some(code) => vec![vm.int(code as i64), vm.str(&msg)],
        None => vec![vm.str(&msg)],
    };
    let ty = vm.e.os_error.clone();
    match crate::objects::exceptions::os_error_new(vm, &ty, &args, None) {
        Ok(exc) => crate::objects::typeobject::PyErr(exc),
        Err(err) => err,
    }
}

/// `_PyFile_Flush`: calls the stream's `flush()` (the host stream's own flush directly).
/// `input(prompt)` as `builtin_input_impl` does when the streams are not a terminal: the prompt
/// is written to `sys.stdout` (a stream or any object with `write`) and flushed, then a line is
/// read from `sys.stdin` (through its `readline` when it is not the host stream) and returned
/// without its newline; EOFError at the end of input.
pub fn input(vm: &mut Vm, prompt: Option<&ObjRef>) -> PyResult {
    let err = |vm: &mut Vm, what: &str| vm.err(&vm.e.runtime_error.clone(), &format!("input(): lost sys.{what}"));
    let fin = match lookup(vm, "stdin")? {
        Some(f) if !f.is(&vm.none) => f,
        _ => return Err(err(vm, "stdin")),
    };
    let fout = match lookup(vm, "stdout")? {
        Some(f) if !f.is(&vm.none) => f,
        _ => return Err(err(vm, "stdout")),
    };
    if let Some(p) = prompt {
        let text = vm.to_str(p)?;
        let text = text.downcast::<crate::objects::bodies::StrBody>().map(|s| s.text().into_owned()).unwrap_or_default();
        if fout.downcast::<StreamBody>().is_some_and(|s| s.fd == 1) {
            host_write_stdout(vm, &text)?;
        } else {
            let w = vm.getattr_str(&fout, "write")?;
            let s = vm.str(&text);
            vm.call(&w, &[s], None)?;
        }
    }
    flush_file(vm, &fout)?;
    let line = match fin.downcast::<StreamBody>() {
        Some(s) if s.fd == 0 => stdin_readline(vm, None)?,
        _ => {
            let rl = vm.getattr_str(&fin, "readline")?;
            let r = vm.call(&rl, &[], None)?;
            match r.downcast::<crate::objects::bodies::StrBody>() {
                Some(s) => s.text().into_owned(),
                None => return Err(vm.type_error("object.readline() returned non-string")),
            }
        }
    };
    if line.is_empty() {
        let b = vm.builtins.clone();
        let eof = vm.dict_get_str(&b, "EOFError")?.unwrap_or_else(|| vm.e.runtime_error.clone());
        return Err(vm.err(&eof, "EOF when reading a line"));
    }
    let line = line.strip_suffix('\n').unwrap_or(&line);
    Ok(vm.str(line))
}

fn flush_file(vm: &mut Vm, f: &ObjRef) -> PyResult<()> {
    if let Some(s) = f.downcast::<StreamBody>() {
        if s.fd == 1 {
            return host_flush_stdout(vm);
        }
        use std::io::Write;
        let _ = vm.host.stderr.flush();
        return Ok(());
    }
    let fl = vm.getattr_str(f, "flush")?;
    vm.call(&fl, &[], None)?;
    Ok(())
}

/// `flush_io` (Python/pythonrun.c), right after the main module ran and before an uncaught
/// exception is printed: `sys.stderr`, then `sys.stdout`, are flushed; errors are dropped.
pub fn flush_io(vm: &mut Vm) {
    for name in ["stderr", "stdout"] {
        if let Ok(Some(f)) = lookup(vm, name) {
            let _ = flush_file(vm, &f);
        }
    }
}

/// `file_is_closed`: a true `closed` attribute (errors count as open). The host streams cannot
/// be closed.
fn file_is_closed(vm: &mut Vm, f: &ObjRef) -> bool {
    if f.downcast::<StreamBody>().is_some() {
        return false;
    }
    match vm.getattr_str(f, "closed") {
        Ok(c) => vm.is_true(&c).unwrap_or(false),
        Err(_) => false,
    }
}

/// `flush_std_files` (Python/pylifecycle.c), at the start of `Py_FinalizeEx`: flushes
/// `sys.stdout` (a failure is reported as "Exception ignored on flushing sys.stdout") and
/// `sys.stderr` (a failure is dropped), skipping None and closed files. False when either
/// failed: the process then exits with status 120 (`Py_RunMain`, `Py_Exit`).
pub fn flush_std_files(vm: &mut Vm) -> bool {
    let mut ok = true;
    for name in ["stdout", "stderr"] {
        let Ok(Some(f)) = lookup(vm, name) else { continue };
        if f.is(&vm.none) || file_is_closed(vm, &f) {
            continue;
        }
        if let Err(e) = flush_file(vm, &f) {
            if name == "stdout" {
                crate::objects::finalize::write_unraisable_msg(vm, "Exception ignored on flushing sys.stdout", &e.0);
            }
            ok = false;
        }
    }
    ok
}

/// `finalize_modules_delete_special` (Python/pylifecycle.c), before the modules' namespaces
/// are cleared: `sys.stdin`, `sys.stdout` and `sys.stderr` get back the original streams
/// (`sys.__stdout__`, ...; None when that is missing), so what finalizers print during the
/// teardown goes there.
pub fn restore_std_files(vm: &mut Vm) {
    let Some(d) = vm.modules.sys_dict.clone() else { return };
    for (name, orig) in [("stdin", "__stdin__"), ("stdout", "__stdout__"), ("stderr", "__stderr__")] {
        let value = match vm.dict_get_str(&d, orig) {
            Ok(Some(v)) => v,
            _ => vm.none.clone(),
        };
        vm.dict_set_str(&d, name, value);
    }
}
