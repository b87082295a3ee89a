//! str method results checked against CPython 3.13.0 (str_vectors.txt, written by
//! scripts/gen/str_vectors.py).

use super::*;
use crate::objects::format_spec::tests_unescape;

pub(crate) fn cps(s: &str) -> Vec<u32> {
    tests_unescape(s).chars().map(|c| c as u32).collect()
}

pub(crate) fn text(v: &[u32]) -> String {
    v.iter().map(|&c| char::from_u32(c).unwrap()).collect()
}

/// Encodes a result as the vector file does: '|'-joined escaped items, `[]` for an empty list.
pub(crate) fn esc(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 32 || (c as u32) > 126 || c == '|' || c == '~' => out.push_str(&format!("\\u{:06x}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

pub(crate) fn list(items: &[String]) -> String {
    if items.is_empty() {
        "[]".into()
    } else {
        items.iter().map(|s| esc(s)).collect::<Vec<_>>().join("|")
    }
}

pub(crate) fn opt_int(s: &str) -> Option<isize> {
    if s == "~" { None } else { Some(s.parse().unwrap()) }
}

pub(crate) fn err(e: TextError) -> String {
    format!("!{:?}: {}", e.kind, e.msg)
}

fn py_bool(b: bool) -> String {
    if b { "True".into() } else { "False".into() }
}

fn ranges(s: &[u32], r: Vec<Range<usize>>) -> String {
    list(&r.into_iter().map(|r| text(&s[r])).collect::<Vec<_>>())
}

fn run(p: &[&str]) -> String {
    let s = cps(p[1]);
    let one = |f: fn(&[u32]) -> Vec<u32>| esc(&text(&f(&s)));
    let pred = |f: fn(&[u32]) -> bool| py_bool(f(&s));
    let opt_str = |a: &str| if a == "~" { None } else { Some(cps(a)) };
    match p[0] {
        "lower" => one(lower),
        "upper" => one(upper),
        "casefold" => one(casefold),
        "swapcase" => one(swapcase),
        "title" => one(title),
        "capitalize" => one(capitalize),
        "isalpha" => pred(isalpha),
        "isalnum" => pred(isalnum),
        "isdecimal" => pred(isdecimal),
        "isdigit" => pred(isdigit),
        "isnumeric" => pred(isnumeric),
        "isspace" => pred(isspace),
        "islower" => pred(islower),
        "isupper" => pred(isupper),
        "istitle" => pred(istitle),
        "isidentifier" => pred(isidentifier),
        "isprintable" => pred(isprintable),
        "isascii" => pred(isascii),
        "split" | "rsplit" => {
            let sep = opt_str(p[2]);
            let m: isize = p[3].parse().unwrap();
            let f = if p[0] == "split" { split::<u32> } else { rsplit::<u32> };
            match f(&s, sep.as_deref(), m, is_space_cp) {
                Ok(r) => ranges(&s, r),
                Err(e) => err(e),
            }
        }
        "splitlines" => ranges(&s, splitlines(&s, p[2] == "1", is_linebreak)),
        "strip" | "lstrip" | "rstrip" => {
            let side = match p[0] {
                "strip" => StripSide::Both,
                "lstrip" => StripSide::Left,
                _ => StripSide::Right,
            };
            let chars = opt_str(p[2]);
            esc(&text(&s[strip(&s, chars.as_deref(), side, is_space_cp)]))
        }
        "partition" | "rpartition" => {
            let sep = cps(p[2]);
            let r = if p[0] == "partition" { partition(&s, &sep) } else { rpartition(&s, &sep) };
            match r {
                Err(e) => err(e),
                Ok(Some(i)) => list(&[text(&s[..i]), text(&sep), text(&s[i + sep.len()..])]),
                Ok(None) if p[0] == "partition" => list(&[text(&s), String::new(), String::new()]),
                Ok(None) => list(&[String::new(), String::new(), text(&s)]),
            }
        }
        "replace" => esc(&text(&replace(&s, &cps(p[2]), &cps(p[3]), p[4].parse().unwrap()).unwrap())),
        "find" | "rfind" | "index" | "rindex" | "count" | "startswith" | "endswith" => {
            let sub = cps(p[2]);
            let (st, en) = (opt_int(p[3]), opt_int(p[4]));
            match p[0] {
                "find" => find(&s, &sub, st, en).to_string(),
                "rfind" => rfind(&s, &sub, st, en).to_string(),
                "index" => index(&s, &sub, st, en).map(|i| i.to_string()).unwrap_or_else(err),
                "rindex" => rindex(&s, &sub, st, en).map(|i| i.to_string()).unwrap_or_else(err),
                "count" => count(&s, &sub, st, en).to_string(),
                "startswith" => py_bool(startswith(&s, &sub, st, en)),
                _ => py_bool(endswith(&s, &sub, st, en)),
            }
        }
        "expandtabs" => esc(&text(&expandtabs(&s, p[2].parse().unwrap()).unwrap())),
        "center" | "ljust" | "rjust" => {
            let w: isize = p[2].parse().unwrap();
            let fill = cps(p[3])[0];
            let r = match p[0] {
                "center" => center(&s, w, fill),
                "ljust" => ljust(&s, w, fill),
                _ => rjust(&s, w, fill),
            };
            esc(&text(&r.unwrap()))
        }
        "zfill" => esc(&text(&zfill(&s, p[2].parse().unwrap()).unwrap())),
        op => panic!("unknown op {op}"),
    }
}

#[test]
fn cpython_vectors() {
    let data = include_str!("str_vectors.txt");
    let mut n = 0;
    let mut failures = Vec::new();
    for line in data.lines() {
        let p: Vec<&str> = line.split('\t').collect();
        let want = p[p.len() - 1];
        let got = run(&p[..p.len() - 1]);
        n += 1;
        if got != want {
            failures.push(format!("{line}\n    got {got}"));
        }
    }
    assert!(failures.is_empty(), "{} of {n} failed:\n{}", failures.len(), failures[..failures.len().min(30)].join("\n"));
    assert!(n > 10_000);
}

#[test]
fn remove_affixes() {
    // From CPython 3.13.0: 'abcab'.removeprefix('ab') == 'cab', .removesuffix('ab') == 'abc',
    // 'abc'.removesuffix('') == 'abc', 'ab'.removeprefix('abc') == 'ab'.
    let s = cps("abcab");
    assert_eq!(text(&s[removeprefix(&s, &cps("ab"))]), "cab");
    assert_eq!(text(&s[removesuffix(&s, &cps("ab"))]), "abc");
    assert_eq!(text(&s[removesuffix(&s, &[])]), "abcab");
    let t = cps("ab");
    assert_eq!(text(&t[removeprefix(&t, &cps("abc"))]), "ab");
}

#[test]
fn ascii_builtin() {
    // From CPython 3.13.0: ascii('é中𝄞\x7f\ud800') == "'\\xe9\\u4e2d\\U0001d11e\\x7f\\ud800'".
    let r = crate::objects::str_repr::repr_code_points([0xE9, 0x4E2D, 0x1D11E, 0x7F, 0xD800]);
    let r: Vec<u32> = r.chars().map(|c| c as u32).collect();
    assert_eq!(ascii_of_repr(&r), "'\\xe9\\u4e2d\\U0001d11e\\x7f\\ud800'");
}

#[test]
fn huge_results_raise_memory_error() {
    use crate::objects::format_spec::ExcKind;
    assert_eq!(center(&cps("a"), 1 << 40, ' ' as u32).unwrap_err().kind, ExcKind::MemoryError);
    assert_eq!(zfill(&cps("1"), 1 << 40).unwrap_err().kind, ExcKind::MemoryError);
    assert_eq!(expandtabs(&cps("\t\t"), i32::MAX as isize).unwrap_err().kind, ExcKind::MemoryError);
    let big = vec!['a' as u32; 1 << 16];
    assert_eq!(replace(&big, &[], &big, -1).unwrap_err().kind, ExcKind::MemoryError);
}

/// Messages for the runtime's argument checks, as CPython 3.13.0 prints them.
#[test]
fn argument_messages() {
    use crate::objects::{bytes_methods as bm, float_format as ff, format_spec as fs, int_format as inf};
    let cases = [
        (inf::explicit_base_error(), "int() can't convert non-string with explicit base"),
        (inf::int_arg_type_error("list"), "int() argument must be a string, a bytes-like object or a real number, not 'list'"),
        (ff::float_arg_type_error("list"), "float() argument must be a string or a real number, not 'list'"),
        (ff::complex_arg_type_error("list"), "complex() first argument must be a string or a number, not 'list'"),
        (ff::complex_second_arg_error(), "complex() can't take second arg if first is a string"),
        (fs::object_format_error("list"), "unsupported format string passed to list.__format__"),
        (concat_error("int"), "can only concatenate str (not \"int\") to str"),
        (str_or_none_error("int"), "must be str or None, not int"),
        (translate_value_type_error(), "character mapping must return integer, None or str"),
        (translate_value_range_error(), "character mapping must be in range(0x110000)"),
        (bm::join_type_error(0, "str"), "sequence item 0: expected a bytes-like object, str found"),
        (bm::fill_byte_error("center", "str"), "center() argument 2 must be a byte string of length 1, not str"),
        (affix_type_error("startswith", "bytes", "int"), "startswith first arg must be bytes or a tuple of bytes, not int"),
        (fill_char_error(), "The fill character must be exactly one character long"),
    ];
    for (e, want) in cases {
        assert_eq!(e.msg, want);
    }
}

#[test]
fn errors() {
    assert_eq!(join_type_error(0, "int").msg, "sequence item 0: expected str instance, int found");
    assert_eq!(
        affix_type_error("startswith", "str", "int").msg,
        "startswith first arg must be str or a tuple of str, not int"
    );
    assert_eq!(
        maketrans(&[1], &[], None).unwrap_err().msg,
        "the first two maketrans arguments must have equal length"
    );
    let table = maketrans(&cps("ab"), &cps("xy"), Some(&cps("c"))).unwrap();
    let r: Result<Vec<u32>, ()> = translate(&cps("abcd"), |c| {
        Ok(match table.iter().find(|e| e.0 == c) {
            None => Translation::Keep,
            Some((_, None)) => Translation::Delete,
            Some((_, Some(_))) => Translation::Keep,
        })
    });
    assert_eq!(text(&r.unwrap()), "abd");
}

/// The skipping searches agree with the obvious ones on many small two-letter inputs.
#[test]
fn search_matches_naive() {
    let mut x: u64 = 0x1234_5678_9ABC_DEF1;
    let mut rnd = |n: u64| {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x % n
    };
    for _ in 0..20_000 {
        let hay: Vec<u32> = (0..rnd(40)).map(|_| 'a' as u32 + rnd(2) as u32).collect();
        let sub: Vec<u32> = (0..rnd(9)).map(|_| 'a' as u32 + rnd(2) as u32).collect();
        let naive = (0..=hay.len()).find(|&i| hay.len() - i >= sub.len() && hay[i..i + sub.len()] == sub[..]);
        let rnaive = (0..=hay.len()).rev().find(|&i| hay.len() - i >= sub.len() && hay[i..i + sub.len()] == sub[..]);
        assert_eq!(search(&hay, &sub), naive, "{hay:?} {sub:?}");
        assert_eq!(rsearch(&hay, &sub), rnaive, "{hay:?} {sub:?}");
    }
}
