//! The format-spec mini-language, `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`
//! (Python/formatter_unicode.c): parsing a spec and laying out str, int, float and complex values
//! the way `format(value, spec)` / `value.__format__(spec)` does in CPython 3.13, with its error
//! messages. Locale-dependent behaviour ('n') is that of the C locale, which pyref always runs in.
//!
//! Specs are code points (`&[u32]`) so the runtime can pass any str; results of number formatting
//! are `String` (a surrogate fill character is the one thing that cannot be expressed, and is
//! replaced by U+FFFD), results of str formatting are code points.

use super::float_format::{double_to_string, FloatMode};
use super::int::Int;
use super::int_format::int_to_base_digits;

/// The Python exception a text operation raises.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExcKind {
    ValueError,
    TypeError,
    OverflowError,
    IndexError,
    LookupError,
    MemoryError,
}

/// An exception raised by a text operation: its class and its message, exactly as CPython words it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextError {
    pub kind: ExcKind,
    pub msg: String,
}

impl TextError {
    pub fn value(msg: impl Into<String>) -> TextError {
        TextError { kind: ExcKind::ValueError, msg: msg.into() }
    }
    pub fn type_error(msg: impl Into<String>) -> TextError {
        TextError { kind: ExcKind::TypeError, msg: msg.into() }
    }
    pub fn overflow(msg: impl Into<String>) -> TextError {
        TextError { kind: ExcKind::OverflowError, msg: msg.into() }
    }
}

pub type TextResult<T> = Result<T, TextError>;

/// The longest text (in elements) pyref builds. CPython raises MemoryError when an allocation
/// fails, which depends on the machine; pyref raises it deterministically above this length
/// instead of aborting.
pub const MAX_TEXT_LEN: usize = 1 << 30;

/// MemoryError (with CPython's empty message) when a result of `n` elements would be too long.
#[inline]
pub fn check_len(n: usize) -> TextResult<()> {
    if n > MAX_TEXT_LEN {
        Err(TextError { kind: ExcKind::MemoryError, msg: String::new() })
    } else {
        Ok(())
    }
}

/// Digit grouping requested by the spec.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grouping {
    None,
    /// `,` every three digits.
    Comma,
    /// `_` every three digits (decimal) or four (b/o/x/X).
    Underscore,
    UnderscoreFour,
}

/// A parsed spec (CPython's `InternalFormatSpec`). `type_` is 0 when omitted and no default applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    pub fill: u32,
    pub align: u8,
    pub alternate: bool,
    pub no_neg_0: bool,
    pub sign: u8,
    pub width: Option<usize>,
    pub grouping: Grouping,
    pub precision: Option<usize>,
    pub type_: u32,
}

fn is_align(c: u32) -> bool {
    matches!(c, 0x3C | 0x3E | 0x3D | 0x5E) // < > = ^
}

/// Reads decimal digits (any Unicode decimal, as `Py_UNICODE_TODECIMAL`). Returns (value, count).
fn get_integer(spec: &[u32], pos: &mut usize) -> TextResult<(usize, usize)> {
    let mut acc: usize = 0;
    let mut n = 0;
    while *pos < spec.len() {
        let Some(d) = super::unicode_db::to_decimal(spec[*pos]) else { break };
        if acc > (isize::MAX as usize - d as usize) / 10 {
            return Err(TextError::value("Too many decimal digits in format string"));
        }
        acc = acc * 10 + d as usize;
        *pos += 1;
        n += 1;
    }
    Ok((acc, n))
}

fn code_char(c: u32) -> String {
    if c > 32 && c < 128 {
        format!("'{}'", c as u8 as char)
    } else {
        format!("'\\x{c:x}'")
    }
}

/// "Unknown format code 'x' for object of type 'float'".
pub fn unknown_code(type_: u32, type_name: &str) -> TextError {
    TextError::value(format!("Unknown format code {} for object of type '{}'", code_char(type_), type_name))
}

impl FormatSpec {
    /// Parses `spec` as `parse_internal_render_format_spec` does; `type_name` is used in messages.
    pub fn parse(spec: &[u32], type_name: &str, default_type: u8, default_align: u8) -> TextResult<FormatSpec> {
        let mut f = FormatSpec {
            fill: ' ' as u32,
            align: default_align,
            alternate: false,
            no_neg_0: false,
            sign: 0,
            width: None,
            grouping: Grouping::None,
            precision: None,
            type_: default_type as u32,
        };
        let end = spec.len();
        let mut pos = 0;
        let mut fill_specified = false;
        let mut align_specified = false;
        if end >= 2 && is_align(spec[1]) {
            f.align = spec[1] as u8;
            f.fill = spec[0];
            fill_specified = true;
            align_specified = true;
            pos = 2;
        } else if end >= 1 && is_align(spec[0]) {
            f.align = spec[0] as u8;
            align_specified = true;
            pos = 1;
        }
        if pos < end && matches!(spec[pos], 0x2B | 0x20 | 0x2D) {
            f.sign = spec[pos] as u8;
            pos += 1;
        }
        if pos < end && spec[pos] == 'z' as u32 {
            f.no_neg_0 = true;
            pos += 1;
        }
        if pos < end && spec[pos] == '#' as u32 {
            f.alternate = true;
            pos += 1;
        }
        if !fill_specified && pos < end && spec[pos] == '0' as u32 {
            f.fill = '0' as u32;
            if !align_specified && default_align == b'>' {
                f.align = b'=';
            }
            pos += 1;
        }
        let (w, n) = get_integer(spec, &mut pos)?;
        if n > 0 {
            f.width = Some(w);
        }
        if pos < end && spec[pos] == ',' as u32 {
            f.grouping = Grouping::Comma;
            pos += 1;
        }
        if pos < end && spec[pos] == '_' as u32 {
            if f.grouping != Grouping::None {
                return Err(TextError::value("Cannot specify both ',' and '_'."));
            }
            f.grouping = Grouping::Underscore;
            pos += 1;
        }
        if pos < end && spec[pos] == ',' as u32 && f.grouping == Grouping::Underscore {
            return Err(TextError::value("Cannot specify both ',' and '_'."));
        }
        if pos < end && spec[pos] == '.' as u32 {
            pos += 1;
            let (p, n) = get_integer(spec, &mut pos)?;
            if n == 0 {
                return Err(TextError::value("Format specifier missing precision"));
            }
            f.precision = Some(p);
        }
        if end - pos > 1 {
            let s: String = spec.iter().map(|&c| char::from_u32(c).unwrap_or('\u{FFFD}')).collect();
            return Err(TextError::value(format!(
                "Invalid format specifier '{s}' for object of type '{type_name}'"
            )));
        }
        if end - pos == 1 {
            f.type_ = spec[pos];
        }
        if f.grouping != Grouping::None {
            let t = f.type_;
            let ok = t == 0 || (t < 128 && b"defgEG%F".contains(&(t as u8)));
            if !ok {
                if f.grouping == Grouping::Underscore && t < 128 && b"boxX".contains(&(t as u8)) {
                    f.grouping = Grouping::UnderscoreFour;
                } else {
                    let sep = if f.grouping == Grouping::Comma { ',' } else { '_' };
                    return Err(TextError::value(format!("Cannot specify '{sep}' with {}.", code_char(t))));
                }
            }
        }
        Ok(f)
    }

    fn fill_char(&self) -> char {
        char::from_u32(self.fill).unwrap_or('\u{FFFD}')
    }
}

fn to_cps(s: &str) -> Vec<u32> {
    s.chars().map(|c| c as u32).collect()
}

/// Left and right padding for `nchars` characters in the spec's width (`calc_padding`).
fn calc_padding(nchars: usize, width: Option<usize>, align: u8) -> (usize, usize) {
    let total = match width {
        Some(w) if w > nchars => w,
        _ => nchars,
    };
    let l = match align {
        b'>' => total - nchars,
        b'^' => (total - nchars) / 2,
        _ => 0,
    };
    (l, total - nchars - l)
}

/// `format(s, spec)` for a str `s`.
pub fn format_str(s: &[u32], spec: &[u32]) -> TextResult<Vec<u32>> {
    if spec.is_empty() {
        return Ok(s.to_vec());
    }
    let f = FormatSpec::parse(spec, "str", b's', b'<')?;
    if f.type_ != 's' as u32 {
        return Err(unknown_code(f.type_, "str"));
    }
    if f.sign != 0 {
        return Err(TextError::value(if f.sign == b' ' {
            "Space not allowed in string format specifier"
        } else {
            "Sign not allowed in string format specifier"
        }));
    }
    if f.no_neg_0 {
        return Err(TextError::value("Negative zero coercion (z) not allowed in string format specifier"));
    }
    if f.alternate {
        return Err(TextError::value("Alternate form (#) not allowed in string format specifier"));
    }
    if f.align == b'=' {
        return Err(TextError::value("'=' alignment not allowed in string format specifier"));
    }
    let len = match f.precision {
        Some(p) if p < s.len() => p,
        _ => s.len(),
    };
    check_len(f.width.unwrap_or(0))?;
    let (l, r) = calc_padding(len, f.width, f.align);
    let mut out = Vec::with_capacity(l + len + r);
    out.extend(std::iter::repeat_n(f.fill, l));
    out.extend_from_slice(&s[..len]);
    out.extend(std::iter::repeat_n(f.fill, r));
    Ok(out)
}

/// The pieces of a number laid out by `calc_number_widths` + `fill_number`: `digits` are ASCII
/// integer digits (no sign), `remainder` is what follows them (`.5e+10`, `%`), `has_decimal` says
/// `remainder` starts with the decimal point. (The arguments are the fields of CPython's
/// `NumberFieldWidths`, kept separate to avoid building a struct on the hot path.)
#[allow(clippy::too_many_arguments)]
fn render_number(
    out: &mut String,
    f: &FormatSpec,
    sign_char: bool,
    prefix: &str,
    digits: &str,
    remainder: &str,
    grouping: Grouping,
    upper: bool,
) {
    let sign = match f.sign {
        b'+' => Some(if sign_char { '-' } else { '+' }),
        b' ' => Some(if sign_char { '-' } else { ' ' }),
        _ => sign_char.then_some('-'),
    };
    let n_sign = sign.is_some() as usize;
    let n_non_digit = n_sign + prefix.len() + remainder.chars().count();
    let width = f.width.map(|w| w as isize).unwrap_or(-1);
    let mut min_width = if f.fill == '0' as u32 && f.align == b'=' { width - n_non_digit as isize } else { 0 };
    // Group the digits right to left, padding with zeros up to min_width.
    let (group, sep) = match grouping {
        Grouping::None => (0usize, '\0'),
        Grouping::Comma => (3, ','),
        Grouping::Underscore => (3, '_'),
        Grouping::UnderscoreFour => (4, '_'),
    };
    let mut grouped: Vec<u8> = Vec::new(); // reversed
    if !digits.is_empty() {
        let db = digits.as_bytes();
        let mut remaining = db.len() as isize;
        let mut use_sep = false;
        let push_group = |grouped: &mut Vec<u8>, l: isize, remaining: isize, use_sep: bool| {
            if use_sep {
                grouped.push(sep as u8);
            }
            let n_chars = remaining.min(l).max(0);
            let n_zeros = (l - remaining).max(0);
            for i in 0..n_chars {
                grouped.push(db[(remaining - 1 - i) as usize]);
            }
            for _ in 0..n_zeros {
                grouped.push(b'0');
            }
            n_chars
        };
        let mut broken = false;
        if group > 0 {
            loop {
                let l = remaining.max(min_width).max(1).min(group as isize);
                let n = push_group(&mut grouped, l, remaining, use_sep);
                use_sep = true;
                remaining -= n;
                min_width -= l;
                if remaining <= 0 && min_width <= 0 {
                    broken = true;
                    break;
                }
                min_width -= 1;
            }
        }
        if !broken {
            let l = remaining.max(min_width).max(1);
            push_group(&mut grouped, l, remaining, use_sep);
        }
    }
    let n_body = n_non_digit + grouped.len();
    let pad = if width > n_body as isize { width as usize - n_body } else { 0 };
    let (lpad, spad, rpad) = match f.align {
        b'<' => (0, 0, pad),
        b'^' => (pad / 2, 0, pad - pad / 2),
        b'=' => (0, pad, 0),
        _ => (pad, 0, 0),
    };
    let fill = f.fill_char();
    out.reserve(lpad + n_body + spad + rpad);
    for _ in 0..lpad {
        out.push(fill);
    }
    if let Some(s) = sign {
        out.push(s);
    }
    out.push_str(prefix);
    for _ in 0..spad {
        out.push(fill);
    }
    for &b in grouped.iter().rev() {
        out.push(if upper { b.to_ascii_uppercase() as char } else { b as char });
    }
    out.push_str(remainder);
    for _ in 0..rpad {
        out.push(fill);
    }
}

/// `format(n, spec)` for an int (`bool` passes its int value but `type_name` "bool").
/// `str_of_value` is what an empty spec gives (`str(n)`, or `True`).
pub fn format_int(n: &Int, spec: &[u32], type_name: &str) -> TextResult<String> {
    if spec.is_empty() {
        return Ok(if type_name == "bool" {
            if n.is_zero() { "False".into() } else { "True".into() }
        } else {
            n.to_decimal()
        });
    }
    let f = FormatSpec::parse(spec, type_name, b'd', b'>')?;
    check_len(f.width.unwrap_or(0))?;
    match f.type_ {
        0x62 | 0x63 | 0x64 | 0x6F | 0x78 | 0x58 | 0x6E => format_int_spec(n, &f),
        0x65 | 0x45 | 0x66 | 0x46 | 0x67 | 0x47 | 0x25 => {
            let x = int_to_f64(n).ok_or_else(|| TextError::overflow("int too large to convert to float"))?;
            format_float_spec(x, &f)
        }
        t => Err(unknown_code(t, type_name)),
    }
}

/// Converts an Int to the nearest f64 (round-half-even), or None when it overflows.
pub fn int_to_f64(n: &Int) -> Option<f64> {
    if let Some(v) = n.to_i64() {
        return Some(v as f64);
    }
    // Decimal text parses correctly rounded.
    let x: f64 = n.to_decimal().parse().ok()?;
    x.is_finite().then_some(x)
}

fn format_int_spec(n: &Int, f: &FormatSpec) -> TextResult<String> {
    if f.precision.is_some() {
        return Err(TextError::value("Precision not allowed in integer format specifier"));
    }
    if f.no_neg_0 {
        return Err(TextError::value("Negative zero coercion (z) not allowed in integer format specifier"));
    }
    let mut out = String::new();
    if f.type_ == 'c' as u32 {
        if f.sign != 0 {
            return Err(TextError::value("Sign not allowed with integer format specifier 'c'"));
        }
        if f.alternate {
            return Err(TextError::value("Alternate form (#) not allowed with integer format specifier 'c'"));
        }
        let v = n.to_i64().ok_or_else(|| TextError::overflow("Python int too large to convert to C long"))?;
        if !(0..=0x10FFFF).contains(&v) {
            return Err(TextError::overflow("%c arg not in range(0x110000)"));
        }
        let c = char::from_u32(v as u32).unwrap_or('\u{FFFD}');
        render_number(&mut out, f, false, "", "", &c.to_string(), Grouping::None, false);
        return Ok(out);
    }
    let (base, prefix) = match f.type_ {
        0x62 => (2, "0b"),
        0x6F => (8, "0o"),
        0x78 => (16, "0x"),
        0x58 => (16, "0X"),
        _ => (10, ""),
    };
    let digits = int_to_base_digits(n, base)?;
    let prefix = if f.alternate { prefix } else { "" };
    let grouping = if f.type_ == 'n' as u32 { Grouping::None } else { f.grouping };
    render_number(&mut out, f, n.is_negative(), prefix, &digits, "", grouping, f.type_ == 'X' as u32);
    Ok(out)
}

/// Splits a `double_to_string` result into (negative, digits, remainder).
fn split_number(s: &str) -> (bool, &str, &str) {
    let (neg, body) = match s.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, s),
    };
    let k = body.bytes().position(|b| !b.is_ascii_digit()).unwrap_or(body.len());
    (neg, &body[..k], &body[k..])
}

/// `format(x, spec)` for a float.
pub fn format_float(x: f64, spec: &[u32]) -> TextResult<String> {
    if spec.is_empty() {
        return Ok(super::float_format::float_str(x));
    }
    let f = FormatSpec::parse(spec, "float", 0, b'>')?;
    check_len(f.width.unwrap_or(0))?;
    match f.type_ {
        0 | 0x65 | 0x45 | 0x66 | 0x46 | 0x67 | 0x47 | 0x6E | 0x25 => format_float_spec(x, &f),
        t => Err(unknown_code(t, "float")),
    }
}

/// Maps a spec to `PyOS_double_to_string` arguments: (mode char, precision, add_dot_0).
fn float_mode(f: &FormatSpec, default_precision: usize) -> TextResult<(u8, usize, bool)> {
    if let Some(p) = f.precision {
        if p > i32::MAX as usize {
            return Err(TextError::value("precision too big"));
        }
        check_len(p)?;
    }
    let mut t = f.type_ as u8;
    let mut add_dot_0 = false;
    let mut default_precision = default_precision;
    if t == 0 {
        add_dot_0 = true;
        t = b'r';
        default_precision = 0;
    }
    if t == b'n' {
        t = b'g';
    }
    let precision = match f.precision {
        None => default_precision,
        Some(p) => {
            if t == b'r' {
                t = b'g';
            }
            p
        }
    };
    Ok((t, precision, add_dot_0))
}

fn format_float_spec(x: f64, f: &FormatSpec) -> TextResult<String> {
    let (mut t, precision, add_dot_0) = float_mode(f, 6)?;
    let mut val = x;
    let add_pct = t == b'%';
    if add_pct {
        t = b'f';
        val *= 100.0;
    }
    let mut s = double_to_string(val, FloatMode::from_code(t), precision, f.alternate, add_dot_0, f.no_neg_0);
    if add_pct {
        s.push('%');
    }
    let (neg, digits, rem) = split_number(&s);
    let mut out = String::new();
    let grouping = if f.type_ == 'n' as u32 { Grouping::None } else { f.grouping };
    render_number(&mut out, f, neg, "", digits, rem, grouping, false);
    Ok(out)
}

/// `format(complex(re, im), spec)`.
pub fn format_complex(re: f64, im: f64, spec: &[u32]) -> TextResult<String> {
    if spec.is_empty() {
        return Ok(super::float_format::complex_repr(re, im));
    }
    let f = FormatSpec::parse(spec, "complex", 0, b'>')?;
    check_len(f.width.unwrap_or(0))?;
    match f.type_ {
        0 | 0x65 | 0x45 | 0x66 | 0x46 | 0x67 | 0x47 | 0x6E => {}
        t => return Err(unknown_code(t, "complex")),
    }
    if f.fill == '0' as u32 {
        return Err(TextError::value("Zero padding is not allowed in complex format specifier"));
    }
    if f.align == b'=' {
        return Err(TextError::value("'=' alignment flag is not allowed in complex format specifier"));
    }
    let (t, precision, _) = float_mode(&f, 6)?;
    let mut skip_re = false;
    let mut add_parens = false;
    if f.type_ == 0 {
        if re == 0.0 && re.is_sign_positive() {
            skip_re = true;
        } else {
            add_parens = true;
        }
    }
    let mode = FloatMode::from_code(t);
    let re_s = double_to_string(re, mode, precision, f.alternate, false, f.no_neg_0);
    let im_s = double_to_string(im, mode, precision, f.alternate, false, f.no_neg_0);
    let mut tmp = f;
    tmp.fill = 0;
    tmp.align = b'<';
    tmp.width = None;
    let grouping = if f.type_ == 'n' as u32 { Grouping::None } else { f.grouping };
    let mut body = String::new();
    if add_parens {
        body.push('(');
    }
    if !skip_re {
        let (neg, d, r) = split_number(&re_s);
        render_number(&mut body, &tmp, neg, "", d, r, grouping, false);
        tmp.sign = b'+';
    }
    let (neg, d, r) = split_number(&im_s);
    render_number(&mut body, &tmp, neg, "", d, r, grouping, false);
    body.push('j');
    if add_parens {
        body.push(')');
    }
    let n = body.chars().count();
    let (l, r) = calc_padding(n, f.width, f.align);
    let fill = f.fill_char();
    let mut out = String::with_capacity(body.len() + l + r);
    out.extend(std::iter::repeat_n(fill, l));
    out.push_str(&body);
    out.extend(std::iter::repeat_n(fill, r));
    Ok(out)
}

/// `format(s, spec)` for a str given as `&str` (convenience for tests and ASCII callers).
pub fn format_str_utf8(s: &str, spec: &str) -> TextResult<String> {
    let out = format_str(&to_cps(s), &to_cps(spec))?;
    Ok(out.into_iter().map(|c| char::from_u32(c).unwrap_or('\u{FFFD}')).collect())
}

/// Undoes the escaping of the test vector files: backslash-t, backslash-n, a doubled backslash and
/// backslash-u with six hex digits.
#[cfg(test)]
pub(crate) fn tests_unescape(s: &str) -> String {
    let mut out = String::new();
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match it.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('\\') => out.push('\\'),
            Some('u') => {
                let h: String = it.by_ref().take(6).collect();
                out.push(char::from_u32(u32::from_str_radix(&h, 16).unwrap()).unwrap());
            }
            other => panic!("bad escape {other:?}"),
        }
    }
    out
}

#[cfg(test)]
mod no_panic;

#[cfg(test)]
mod tests {
    use super::tests_unescape as unescape;
    use super::*;

    fn cps(s: &str) -> Vec<u32> {
        to_cps(s)
    }

    fn show<T: std::fmt::Display>(r: TextResult<T>) -> String {
        match r {
            Ok(s) => s.to_string(),
            Err(e) => format!("{:?}: {}", e.kind, e.msg),
        }
    }

    /// Vectors generated by scripts/gen/format_vectors.py on CPython 3.13.0:
    /// kind, value, spec, expected (`Kind: message` for errors).
    #[test]
    fn cpython_vectors() {
        let data = include_str!("format_vectors.txt");
        let mut n = 0;
        let mut failures = Vec::new();
        for line in data.lines() {
            let parts: Vec<&str> = line.split('\t').collect();
            if parts.len() != 4 {
                continue;
            }
            let (kind, value, spec, want) = (parts[0], parts[1], unescape(parts[2]), unescape(parts[3]));
            let got = match kind {
                "int" => show(format_int(&Int::from_literal(value.trim_start_matches('-')).map(|mut i| {
                    if value.starts_with('-') {
                        i.negate();
                    }
                    i
                }).unwrap(), &cps(&spec), "int")),
                "bool" => show(format_int(&Int::from_i64(if value == "True" { 1 } else { 0 }), &cps(&spec), "bool")),
                "float" => show(format_float(f64::from_bits(u64::from_str_radix(value, 16).unwrap()), &cps(&spec))),
                "complex" => {
                    let (a, b) = value.split_once(',').unwrap();
                    let re = f64::from_bits(u64::from_str_radix(a, 16).unwrap());
                    let im = f64::from_bits(u64::from_str_radix(b, 16).unwrap());
                    show(format_complex(re, im, &cps(&spec)))
                }
                "str" => show(format_str_utf8(&unescape(value), &spec)),
                _ => continue,
            };
            n += 1;
            if got != want {
                failures.push(format!("{kind} {value} {spec:?}: got {got:?} want {want:?}"));
            }
        }
        assert!(failures.is_empty(), "{} of {n} failed:\n{}", failures.len(), failures[..failures.len().min(40)].join("\n"));
        assert!(n > 500);
    }

}
