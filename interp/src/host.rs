//! The host: everything a running program sees of the outside world (standard streams, the
//! working directory, the file system, a time budget).
//!
//! CPython reads these from process-global state (`getcwd`, file descriptors 0–2). pyref keeps
//! them in one value instead, so that the conformance suite can run hundreds of programs side by
//! side in one process, each with its own working directory and captured output, and so that a
//! run that exceeds its budget can be stopped. Every file access of every stage goes through
//! [`Host::resolve`]; nothing else in the interpreter may touch `std::env::current_dir` or
//! `std::fs` with a path the program gave.

use std::io::{self, BufRead, Read, Write};
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Instant;

/// A shareable, growable byte buffer used to capture a stream.
#[derive(Clone, Default)]
pub struct Capture(Arc<Mutex<Vec<u8>>>);

impl Capture {
    pub fn new() -> Capture {
        Capture::default()
    }

    /// A copy of everything written so far.
    pub fn contents(&self) -> Vec<u8> {
        self.0.lock().map(|b| b.clone()).unwrap_or_default()
    }
}

impl Write for Capture {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if let Ok(mut b) = self.0.lock() {
            b.extend_from_slice(buf);
        }
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// The world as one program run sees it.
pub struct Host {
    /// The working directory, absolute, as the program sees it (`os.getcwd()`).
    cwd: PathBuf,
    /// Paths under `.0` (as the program sees them) live under `.1` on the real file system. The
    /// conformance suite uses this to run the corpus at the fixed location where the goldens were
    /// made (CPython prints absolute script paths in tracebacks), wherever the checkout is.
    path_map: Option<(PathBuf, PathBuf)>,
    pub stdout: Box<dyn Write + Send>,
    pub stderr: Box<dyn Write + Send>,
    /// Standard input, buffered (`sys.stdin` reads lines from it as they arrive).
    pub stdin: Box<dyn BufRead + Send>,
    /// When set, long-running stages (the eval loop) give up once this instant has passed.
    pub deadline: Option<Instant>,
    /// Set for a real process: once a program has run and its output is flushed, the process
    /// exits at once instead of freeing the interpreter's objects one by one (as CPython skips
    /// freeing most of its heap at exit). Nothing a program can observe runs in those drops.
    pub exit_after_run: bool,
    /// The installation prefix of the CPython 3.13 that pyref stands in for (`sys.prefix`),
    /// named where CPython's output names a file of its standard library: `PYREF_PREFIX` when
    /// set, else the prefix found when pyref was built (see build.rs).
    pub prefix: PathBuf,
}

/// The default for [`Host::prefix`].
pub fn default_prefix() -> PathBuf {
    match std::env::var_os("PYREF_PREFIX") {
        Some(p) if !p.is_empty() => PathBuf::from(p),
        _ => PathBuf::from(env!("PYREF_BUILD_PREFIX")),
    }
}

impl Host {
    /// The host of a real process: the process's working directory and standard streams.
    /// Standard output is buffered in CPython's layers (`modules::sys_streams::StdoutWriter`).
    pub fn process() -> Host {
        let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("/"));
        let stdout: Box<dyn Write + Send> = Box::new(crate::modules::sys_streams::StdoutWriter::process());
        Host {
            cwd,
            path_map: None,
            stdout,
            stderr: Box::new(io::stderr()),
            stdin: Box::new(io::BufReader::new(io::stdin())),
            deadline: None,
            exit_after_run: true,
            prefix: default_prefix(),
        }
    }

    /// A host whose streams are captured in memory and whose standard input is empty.
    pub fn captured(cwd: impl Into<PathBuf>) -> (Host, Capture, Capture) {
        let (out, err) = (Capture::new(), Capture::new());
        let host = Host {
            cwd: cwd.into(),
            path_map: None,
            stdout: Box::new(out.clone()),
            stderr: Box::new(err.clone()),
            stdin: Box::new(io::empty()),
            deadline: None,
            exit_after_run: false,
            prefix: default_prefix(),
        };
        (host, out, err)
    }

    /// Makes paths under `seen` (as the program sees them) refer to `real` on disk.
    pub fn map_path(&mut self, seen: impl Into<PathBuf>, real: impl Into<PathBuf>) {
        self.path_map = Some((seen.into(), real.into()));
    }

    pub fn cwd(&self) -> &Path {
        &self.cwd
    }

    /// The absolute form of `path` as the program sees it: joined to the working directory and
    /// lexically normalised, like `os.path.abspath` (and CPython's treatment of the script path).
    pub fn absolute(&self, path: &Path) -> PathBuf {
        let joined = if path.is_absolute() { path.to_path_buf() } else { self.cwd.join(path) };
        let mut out = PathBuf::new();
        for c in joined.components() {
            match c {
                Component::CurDir => {}
                Component::ParentDir => {
                    out.pop();
                }
                other => out.push(other.as_os_str()),
            }
        }
        out
    }

    /// Where `path` (as the program names it) is on the real file system.
    pub fn resolve(&self, path: &Path) -> PathBuf {
        let abs = self.absolute(path);
        if let Some((seen, real)) = &self.path_map {
            if let Ok(rest) = abs.strip_prefix(seen) {
                return real.join(rest);
            }
        }
        abs
    }

    pub fn read_file(&self, path: &Path) -> io::Result<Vec<u8>> {
        std::fs::read(self.resolve(path))
    }

    /// Whether `path` (as the program names it) is a directory (`os.path.isdir`).
    pub fn is_dir(&self, path: &Path) -> bool {
        self.resolve(path).is_dir()
    }

    /// Whether `path` (as the program names it) is a regular file (`os.path.isfile`).
    pub fn is_file(&self, path: &Path) -> bool {
        self.resolve(path).is_file()
    }

    /// Whether `path` (as the program names it) exists (`os.path.exists`).
    pub fn exists(&self, path: &Path) -> bool {
        self.resolve(path).exists()
    }

    /// Reads all of standard input.
    pub fn read_stdin(&mut self) -> io::Result<Vec<u8>> {
        let mut buf = Vec::new();
        self.stdin.read_to_end(&mut buf)?;
        Ok(buf)
    }

    /// True once the run's time budget is spent.
    pub fn out_of_time(&self) -> bool {
        self.deadline.is_some_and(|d| Instant::now() >= d)
    }

    /// Writes a whole line to standard error, ignoring failures as CPython does for diagnostics.
    pub fn error_line(&mut self, line: &str) {
        let _ = self.stdout.flush();
        let _ = writeln!(self.stderr, "{line}");
    }
}

/// The text CPython shows for an OS error: `[Errno 2] No such file or directory`.
pub fn os_error_text(e: &io::Error) -> String {
    match e.raw_os_error() {
        Some(code) => {
            let full = e.to_string();
            let msg = full.split(" (os error").next().unwrap_or(&full);
            format!("[Errno {code}] {msg}")
        }
        None => e.to_string(),
    }
}
