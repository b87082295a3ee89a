//! Checks the tokenizer against the CPython 3.13.0 outputs recorded in tests.rs (regenerate
//! those with scripts/gen/tokenize_cases.py), plus invariants on every case.

use super::tests::{ERRORS, LEXER, VIEW};
use super::{view, Config, Lexer, Mode, TokenKind};
use crate::objects::str_repr::repr;

#[test]
fn tokenize_view_matches_cpython() {
    let mut failures = Vec::new();
    for &(name, input, stdout, stderr, status) in VIEW {
        let got = view::run(input, "t.py", true, String::new);
        if (got.0.as_str(), got.1.as_str(), got.2) != (stdout, stderr, status) {
            failures.push(format!("{name}:\n--- want\n{stdout}{stderr}[{status}]\n--- got\n{}{}[{}]", got.0, got.1, got.2));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn lexer_matches_cpython_tokens() {
    for &(name, input, want) in LEXER {
        let mut lx = Lexer::new(input, Mode::Exec, false).expect(name);
        let mut got = String::new();
        loop {
            let t = lx.next_token().unwrap_or_else(|e| panic!("{name}: {e}"));
            let text = String::from_utf8_lossy(&lx.text()[t.start as usize..t.end as usize]).into_owned();
            got.push_str(&format!("{} {} {},{} {}\n", t.kind as u8, repr(&text), t.lineno, t.col_offset, t.end_lineno));
            if t.kind == TokenKind::Endmarker {
                break;
            }
        }
        assert_eq!(got, want, "{name}");
    }
}

#[test]
fn compile_errors_match_cpython() {
    for &(name, input, want) in ERRORS {
        let err = match Lexer::new(input, Mode::Exec, false) {
            Err(e) => e,
            Ok(mut lx) => loop {
                match lx.next_token() {
                    Ok(t) if t.kind == TokenKind::Endmarker => panic!("{name}: no error"),
                    Ok(_) => {}
                    Err(e) => break e,
                }
            },
        };
        let got = format!("{} {} {}", err.message(), err.lineno, err.offset);
        assert_eq!(got, want, "{name}");
    }
}

/// Token ranges never go backwards and stay inside the text, in both modes, on every input.
#[test]
fn token_ranges_are_ordered() {
    let inputs = VIEW.iter().map(|c| c.1).chain(LEXER.iter().map(|c| c.1)).chain(ERRORS.iter().map(|c| c.1));
    for input in inputs {
        for cfg in [
            Config { extra_tokens: true, type_comments: false, readline: true },
            Config { extra_tokens: false, type_comments: true, readline: false },
        ] {
            let mut lx = Lexer::with_config(input, cfg);
            let mut last = 0;
            for _ in 0..100_000 {
                match lx.next_token() {
                    Ok(t) => {
                        assert!(t.start <= t.end && t.end as usize <= lx.text().len());
                        if t.col_offset >= 0 && t.kind != TokenKind::Indent {
                            assert!(t.start >= last, "{input:?}");
                            last = t.end;
                        }
                        if t.kind == TokenKind::Endmarker {
                            break;
                        }
                    }
                    Err(_) => break,
                }
            }
        }
    }
}

#[test]
fn type_comments() {
    // Texts as CPython 3.13.0's ast.parse(..., type_comments=True) reports them (type_comment
    // 'int' and '() -> None', type_ignores tag '[x]' on line 3); columns by lexer.c's rule (the text
    // starts after `# type: `, or after `ignore`).
    let src = b"x = 1  # type: int\ndef f():  # type: () -> None\n    pass  # type: ignore[x]\n";
    let mut lx = Lexer::new(src, Mode::Exec, true).unwrap();
    let mut got = Vec::new();
    loop {
        let t = lx.next_token().unwrap();
        if matches!(t.kind, TokenKind::TypeComment | TokenKind::TypeIgnore) {
            let text = String::from_utf8_lossy(&lx.text()[t.start as usize..t.end as usize]).into_owned();
            got.push((t.kind, text, t.lineno, t.col_offset, t.end_col_offset));
        }
        if t.kind == TokenKind::Endmarker {
            break;
        }
    }
    assert_eq!(
        got,
        vec![
            (TokenKind::TypeComment, "int".to_string(), 1, 15, 18),
            (TokenKind::TypeComment, "() -> None".to_string(), 2, 18, 28),
            (TokenKind::TypeIgnore, "[x]".to_string(), 3, 24, 27),
        ]
    );
}

#[test]
fn fstring_debug_text() {
    let mut lx = Lexer::new(b"f\"{x = !r}\" f\"{a # c\n+ b=}\"\n", Mode::Exec, false).unwrap();
    let mut texts = Vec::new();
    loop {
        let t = lx.next_token().unwrap();
        if t.metadata != 0 {
            texts.push(String::from_utf8_lossy(&lx.debug_text(&t).unwrap()).into_owned());
        }
        if t.kind == TokenKind::Endmarker {
            break;
        }
    }
    // CPython 3.13.0 prints f"{x = !r}" as "x = 5" and the second as "x \n+ x=10" (comment
    // dropped). Both the `!` and the `}` of the first field carry the text, as in lexer.c.
    assert_eq!(texts, vec!["x = ".to_string(), "x = ".to_string(), "a \n+ b=".to_string()]);
}

/// The parser keeps every token; they must stay small and heap-free.
#[test]
fn token_is_compact() {
    assert!(std::mem::size_of::<super::Token>() <= 32);
}
