//! The conformance suite's machinery: finding corpus programs, running pyref on one (program,
//! stage) pair in isolation, rendering and comparing against CPython 3.13.0's golden, and the
//! committed status list of cases that do not pass yet.
//!
//! Architecture invariant: nothing here writes a golden. Goldens come only from
//! `scripts/regen-goldens` run with CPython 3.13.0; this crate only reads them.

pub mod diff;
pub mod golden;
pub mod isolate;
pub mod status;

use pyref::host::Host;
use pyref::stage::Stage;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Where the goldens were made: scripts/regen-goldens copies the corpus here before running
/// CPython (3.13 prints absolute script paths in tracebacks), and pyref runs with the same view.
pub const CANONICAL_ROOT: &str = "/tmp/pyref/corpus";

/// The installation prefix of the CPython 3.13.0 the goldens were made with (pyenv's, as
/// scripts/regen-goldens finds it), which its output names where it shows a file of the standard
/// library (a warning raised inside Lib/dis.py). pyref runs with the same prefix.
pub const GOLDEN_PREFIX: &str = "/root/.pyenv/versions/3.13.0";

/// The time one trial may take before it fails as a hang.
pub const BUDGET: Duration = Duration::from_secs(10);

/// The repository root (the parent of this crate's folder).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("conformance/ has a parent").to_path_buf()
}

/// One corpus program, by its path relative to corpus/ (e.g. `seed/hello.py`).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Program {
    pub rel: PathBuf,
}

impl Program {
    /// The path without `.py`, with `/` separators: the name used in trial names and status.
    pub fn id(&self) -> String {
        let s = self.rel.with_extension("");
        s.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect::<Vec<_>>().join("/")
    }

    /// The top-level corpus folder, for the pass table.
    pub fn folder(&self) -> String {
        let id = self.id();
        match id.split_once('/') {
            Some((top, _)) => top.to_string(),
            None => ".".to_string(),
        }
    }

    pub fn trial_name(&self, stage: Stage) -> String {
        format!("{}::{}", stage.name(), self.id())
    }

    pub fn golden_path(&self, snapshots: &Path, stage: Stage) -> PathBuf {
        let stem = self.rel.file_stem().unwrap_or_default().to_string_lossy();
        snapshots.join(self.rel.parent().unwrap_or(Path::new(""))).join(format!("{stem}.{}", stage.name()))
    }
}

/// True for a corpus-relative path that is a program: a `.py` file none of whose components
/// starts with `_` (those are helper modules and packages that programs import).
pub fn is_program(rel: &Path) -> bool {
    rel.extension().is_some_and(|e| e == "py")
        && rel.components().all(|c| !c.as_os_str().to_string_lossy().starts_with('_'))
}

/// Every program under `corpus`, sorted.
pub fn discover(corpus: &Path) -> Vec<Program> {
    fn walk(dir: &Path, base: &Path, out: &mut Vec<Program>) {
        let Ok(entries) = std::fs::read_dir(dir) else { return };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, base, out);
            } else if let Ok(rel) = p.strip_prefix(base) {
                if is_program(rel) {
                    out.push(Program { rel: rel.to_path_buf() });
                }
            }
        }
    }
    let mut out = Vec::new();
    walk(corpus, corpus, &mut out);
    out.sort();
    out
}

/// Runs `pyref <stage args> NAME.py` in-process, as the goldens were made: working directory the
/// program's folder under [`CANONICAL_ROOT`] (mapped onto the real corpus), bare file name, a time
/// budget. Returns the rendered, normalised output, or why the run did not finish.
pub fn run_pyref(corpus: &Path, program: &Program, stage: Stage, budget: Duration) -> Result<Vec<u8>, String> {
    let name = program.rel.file_name().unwrap_or_default().to_string_lossy().into_owned();
    let cwd = Path::new(CANONICAL_ROOT).join(program.rel.parent().unwrap_or(Path::new("")));
    let mut args: Vec<String> = stage.pyref_args().iter().map(|s| s.to_string()).collect();
    args.push(name);
    let corpus = corpus.to_path_buf();
    let outcome = isolate::run_isolated(budget, move |deadline: Instant| {
        let (mut host, out, err) = Host::captured(cwd);
        host.map_path(CANONICAL_ROOT, corpus);
        host.prefix = PathBuf::from(GOLDEN_PREFIX);
        host.deadline = Some(deadline);
        let code = pyref::cli::main_with(&args, &mut host);
        (out.contents(), err.contents(), code)
    });
    match outcome {
        isolate::Outcome::Finished((stdout, stderr, code)) => Ok(golden::render(&stdout, &stderr, code)),
        isolate::Outcome::Panicked(msg) => Err(format!("pyref panicked: {msg}")),
        isolate::Outcome::TimedOut => Err(format!("pyref did not finish within {} s", budget.as_secs())),
    }
}

/// Runs one trial as [`run_pyref`] does, but in a child process (`trial_exe` is the suite's
/// `pyref-trial` binary), killed when it overruns `budget`. Used for the stages that run programs:
/// whatever a program does to the interpreter (spin in native code, exhaust memory, overflow the
/// Rust stack) ends that one trial.
pub fn run_pyref_process(
    trial_exe: &Path,
    corpus: &Path,
    program: &Program,
    stage: Stage,
    budget: Duration,
) -> Result<Vec<u8>, String> {
    use std::io::Read;
    use std::process::{Command, Stdio};
    let name = program.rel.file_name().unwrap_or_default().to_string_lossy().into_owned();
    let cwd = Path::new(CANONICAL_ROOT).join(program.rel.parent().unwrap_or(Path::new("")));
    let mut child = Command::new(trial_exe)
        .arg(corpus)
        .arg(&cwd)
        .arg(budget.as_millis().to_string())
        .args(stage.pyref_args())
        .arg(&name)
        .env("PYTHONHASHSEED", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("could not start {}: {e}", trial_exe.display()))?;
    let pipe = |mut r: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            let _ = r.read_to_end(&mut buf);
            buf
        })
    };
    let out = pipe(Box::new(child.stdout.take().expect("piped stdout")));
    let err = pipe(Box::new(child.stderr.take().expect("piped stderr")));
    // The child watches its own deadline; this is the backstop for one that cannot.
    let hard_stop = Instant::now() + budget + Duration::from_secs(2);
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if Instant::now() >= hard_stop => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("pyref did not finish within {} s (killed)", budget.as_secs()));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(2)),
            Err(e) => return Err(format!("waiting for the trial process: {e}")),
        }
    };
    let (stdout, stderr) = (out.join().unwrap_or_default(), err.join().unwrap_or_default());
    match status.code() {
        Some(101) if stderr.starts_with(b"pyref panicked: ") => {
            Err(String::from_utf8_lossy(&stderr).trim_end().to_string())
        }
        Some(124) if stderr.starts_with(b"pyref did not finish") => Err(String::from_utf8_lossy(&stderr).trim_end().to_string()),
        Some(code) => Ok(golden::render(&stdout, &stderr, code)),
        None => {
            use std::os::unix::process::ExitStatusExt;
            Err(format!("pyref crashed (signal {})", status.signal().unwrap_or(0)))
        }
    }
}
