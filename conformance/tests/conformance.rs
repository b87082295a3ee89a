//! The conformance suite: one trial per corpus program × stage, named `stage::path`
//! (`cargo test -p conformance -- dis::objects/int` selects a slice). Each trial runs pyref
//! isolated: the front-end stages in-process on their own thread (see conformance::isolate), the
//! stages that run programs in a child process (the `pyref-trial` binary), and compares its rendered output with the
//! golden that CPython 3.13.0 produced. The run ends with a table of pass counts.

use conformance::{diff, discover, isolate, repo_root, run_pyref, run_pyref_process, status, Program, BUDGET};
use libtest_mimic::{Arguments, Failed, Trial};
use pyref::stage::Stage;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

type Results = Arc<Mutex<BTreeMap<String, (Stage, String, bool)>>>;

fn main() {
    isolate::quiet_trial_panics();
    let args = Arguments::from_args();
    let root = repo_root();
    let corpus = root.join("corpus");
    let snapshots = root.join("snapshots");
    let status_path = root.join(status::FILE);
    let listed = Arc::new(status::load(&status_path));
    let updating = status::updating();
    let results: Results = Arc::default();

    let programs = discover(&corpus);
    let all_names: BTreeSet<String> =
        programs.iter().flat_map(|p| Stage::ALL.map(|s| p.trial_name(s))).collect();
    let mut trials = Vec::with_capacity(programs.len() * Stage::ALL.len());
    for program in &programs {
        for stage in Stage::ALL {
            let name = program.trial_name(stage);
            let golden_path = program.golden_path(&snapshots, stage);
            let (corpus, listed, results) = (corpus.clone(), listed.clone(), results.clone());
            let program = program.clone();
            let kind = if listed.contains(&name) { "known failure" } else { "" };
            trials.push(Trial::test(name.clone(), move || {
                let verdict = check(&corpus, &program, stage, &golden_path);
                let passed = verdict.is_ok();
                results.lock().unwrap().insert(name.clone(), (stage, program.folder(), passed));
                if updating {
                    return Ok(());
                }
                match (verdict, listed.contains(&name)) {
                    (Ok(()), false) | (Err(_), true) => Ok(()),
                    (Ok(()), true) => Err(Failed::from(format!(
                        "{name} now passes, but {} lists it as failing: run `{}=1 cargo test -p conformance` to update the list",
                        status::FILE,
                        status::UPDATE_VAR
                    ))),
                    (Err(why), false) => Err(Failed::from(why)),
                }
            })
            .with_kind(kind));
        }
    }

    let conclusion = libtest_mimic::run(&args, trials);
    let results = results.lock().unwrap().clone();
    print_table(&results);
    if updating {
        // Entries of cases this run did not execute (a name filter) stay; entries of programs
        // that no longer exist go.
        let mut failing: BTreeSet<String> =
            listed.iter().filter(|n| all_names.contains(*n) && !results.contains_key(*n)).cloned().collect();
        failing.extend(results.iter().filter(|(_, r)| !r.2).map(|(n, _)| n.clone()));
        if let Err(e) = status::save(&status_path, &failing) {
            eprintln!("could not write {}: {e}", status_path.display());
            std::process::exit(1);
        }
        println!("wrote {} ({} failing cases)", status::FILE, failing.len());
    }
    // Repeat the runner's closing line so that it is the last line of the run, after the table.
    println!(
        "\ntest result: {}. {} passed; {} failed; {} ignored; {} measured; {} filtered out",
        if conclusion.has_failed() { "FAILED" } else { "ok" },
        conclusion.num_passed,
        conclusion.num_failed,
        conclusion.num_ignored,
        conclusion.num_measured,
        conclusion.num_filtered_out
    );
    conclusion.exit();
}

/// Ok when pyref's output equals the golden; otherwise a readable reason (usually a diff).
fn check(corpus: &std::path::Path, program: &Program, stage: Stage, golden_path: &PathBuf) -> Result<(), String> {
    let golden = std::fs::read(golden_path).map_err(|_| {
        format!("no golden at {}: run scripts/regen-goldens (with CPython 3.13.0)", golden_path.display())
    })?;
    let actual = match stage {
        // Stages that run the program go through a child process (see run_pyref_process).
        Stage::Output | Stage::Sizeof => {
            run_pyref_process(std::path::Path::new(env!("CARGO_BIN_EXE_pyref-trial")), corpus, program, stage, BUDGET)?
        }
        _ => run_pyref(corpus, program, stage, BUDGET)?,
    };
    if actual == golden {
        Ok(())
    } else {
        let shown = golden_path.strip_prefix(repo_root()).unwrap_or(golden_path);
        Err(diff::unified(&golden, &actual, &shown.display().to_string()))
    }
}

/// The pass table: one row per top-level corpus folder, one column per stage.
fn print_table(results: &BTreeMap<String, (Stage, String, bool)>) {
    if results.is_empty() {
        return;
    }
    let mut cells: BTreeMap<(String, Stage), (usize, usize)> = BTreeMap::new();
    let mut totals: BTreeMap<Stage, (usize, usize)> = BTreeMap::new();
    for (stage, folder, passed) in results.values() {
        for cell in [cells.entry((folder.clone(), *stage)).or_default(), totals.entry(*stage).or_default()] {
            cell.0 += *passed as usize;
            cell.1 += 1;
        }
    }
    let folders: BTreeSet<&String> = cells.keys().map(|(f, _)| f).collect();
    println!("\nconformance: cases passing, pyref vs CPython 3.13.0 goldens");
    print!("{:<16}", "folder");
    for stage in Stage::ALL {
        print!("{:>14}", stage.name());
    }
    println!();
    for folder in folders {
        print!("{folder:<16}");
        for stage in Stage::ALL {
            match cells.get(&(folder.clone(), stage)) {
                Some((p, t)) => print!("{:>14}", format!("{p}/{t}")),
                None => print!("{:>14}", "-"),
            }
        }
        println!();
    }
    let line: Vec<String> = Stage::ALL
        .iter()
        .filter_map(|s| totals.get(s).map(|(p, t)| format!("{} {p}/{t}", s.name())))
        .collect();
    println!("total           {}", line.join("  "));
    let failing = results.values().filter(|r| !r.2).count();
    println!(
        "{} of {} cases pass; the {failing} others are listed in {} (shown as [known failure] above)",
        results.len() - failing,
        results.len(),
        status::FILE
    );
}
