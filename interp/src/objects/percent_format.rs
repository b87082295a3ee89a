//! printf-style `%` formatting of str (Objects/unicodeobject.c `PyUnicode_Format`): the parser of
//! `%[(key)][flags][width|*][.precision|*][hlL]type`, the layout of each converted argument, and
//! the TypeErrors/ValueErrors CPython 3.13 raises.
//!
//! The runtime supplies the arguments and the object protocol (`str()`, `repr()`, `__index__`,
//! `__float__`, `__getitem__`) through [`PercentHost`]; everything about text lives here.

use super::float_format::{double_to_string, FloatMode};
use super::format_spec::{TextError, TextResult};
use super::int::Int;
use super::int_format::int_to_base_digits;

/// The right operand of `fmt % args`.
pub enum PercentArgs<'a, V> {
    /// A tuple: its items are consumed in order.
    Tuple(&'a [V]),
    /// Any other object; `is_mapping` (`PyMapping_Check` and not a str) enables `%(key)s`.
    Single { value: &'a V, is_mapping: bool },
}

/// What the runtime found for a `%c` argument.
pub enum CharArg {
    /// A str (must have length 1).
    Str(Vec<u32>),
    /// An int (must be in range(0x110000)).
    Int(Int),
    /// Anything else.
    Other,
}

/// The object protocol `%` formatting needs. `Err` is the runtime's exception type.
pub trait PercentHost<V> {
    type Err: From<TextError>;
    /// `str(v)` for 's', `repr(v)` for 'r', `ascii(v)` for 'a'.
    fn text(&mut self, v: &V, conv: u8) -> Result<Vec<u32>, Self::Err>;
    /// The int for 'd'/'i'/'u' (`int(v)` when `v` is a number) or for 'o'/'x'/'X' (`v.__index__()`);
    /// `Ok(None)` when `v` has no such conversion (a TypeError is then raised here).
    fn to_int(&mut self, v: &V, conv: u8) -> Result<Option<Int>, Self::Err>;
    /// `float(v)` via `__float__`/`__index__` for 'e'/'f'/'g'; `Ok(None)` when `v` is not a number.
    fn to_float(&mut self, v: &V) -> Result<Option<f64>, Self::Err>;
    /// The argument of `%c`.
    fn to_char(&mut self, v: &V) -> Result<CharArg, Self::Err>;
    /// The value of `*` (an exact int that fits in a machine word), or None if `v` is not an int.
    fn star_int(&mut self, v: &V) -> Result<Option<i64>, Self::Err>;
    /// `mapping[key]`.
    fn getitem(&mut self, mapping: &V, key: &[u32]) -> Result<V, Self::Err>;
    /// `type(v).__name__`.
    fn type_name(&self, v: &V) -> String;
}

const F_LJUST: u8 = 1;
const F_SIGN: u8 = 2;
const F_BLANK: u8 = 4;
const F_ALT: u8 = 8;
const F_ZERO: u8 = 16;

/// Where the next argument comes from (CPython's `arglen`/`argidx` and the keyed value).
struct ArgCursor<'a, V> {
    args: &'a PercentArgs<'a, V>,
    keyed: Option<V>,
    /// For a tuple: the next index. For a single value or keyed value: whether it was used.
    idx: usize,
    used: bool,
}

impl<'a, V> ArgCursor<'a, V> {
    fn next(&mut self) -> TextResult<&V> {
        if let Some(v) = &self.keyed {
            if self.used {
                return Err(TextError::type_error("not enough arguments for format string"));
            }
            self.used = true;
            return Ok(v);
        }
        match self.args {
            PercentArgs::Tuple(items) => {
                let v = items.get(self.idx).ok_or_else(|| TextError::type_error("not enough arguments for format string"))?;
                self.idx += 1;
                Ok(v)
            }
            PercentArgs::Single { value, .. } => {
                if self.used {
                    return Err(TextError::type_error("not enough arguments for format string"));
                }
                self.used = true;
                Ok(value)
            }
        }
    }

    fn all_used(&self) -> bool {
        if self.keyed.is_some() {
            return self.used;
        }
        match self.args {
            PercentArgs::Tuple(items) => self.idx >= items.len(),
            PercentArgs::Single { .. } => self.used,
        }
    }
}

/// `fmt % args`.
pub fn percent_format<V, H: PercentHost<V>>(fmt: &[u32], args: &PercentArgs<'_, V>, host: &mut H) -> Result<Vec<u32>, H::Err> {
    let dict = matches!(args, PercentArgs::Single { is_mapping: true, .. });
    let mut cur = ArgCursor { args, keyed: None, idx: 0, used: false };
    let mut out: Vec<u32> = Vec::with_capacity(fmt.len() + 16);
    let n = fmt.len();
    let mut pos = 0;
    while pos < n {
        if fmt[pos] != '%' as u32 {
            let start = pos;
            while pos < n && fmt[pos] != '%' as u32 {
                pos += 1;
            }
            out.extend_from_slice(&fmt[start..pos]);
            continue;
        }
        pos += 1;
        if pos < n && fmt[pos] == '%' as u32 {
            out.push('%' as u32);
            pos += 1;
            continue;
        }
        format_one(fmt, &mut pos, &mut cur, host, &mut out)?;
    }
    if !dict && !cur.all_used() {
        return Err(TextError::type_error("not all arguments converted during string formatting").into());
    }
    Ok(out)
}

fn format_one<V, H: PercentHost<V>>(
    fmt: &[u32],
    pos: &mut usize,
    cur: &mut ArgCursor<'_, V>,
    host: &mut H,
    out: &mut Vec<u32>,
) -> Result<(), H::Err> {
    let n = fmt.len();
    let incomplete = || TextError::value("incomplete format");
    // The character being examined, CPython's `arg->ch`, and whether the format ran out.
    let mut ch: u32 = if *pos < n { fmt[*pos] } else { return Err(incomplete().into()) };
    if ch == '(' as u32 {
        let PercentArgs::Single { value: mapping, is_mapping: true } = cur.args else {
            return Err(TextError::type_error("format requires a mapping").into());
        };
        *pos += 1;
        let keystart = *pos;
        let mut depth = 1;
        while depth > 0 && *pos < n {
            if fmt[*pos] == ')' as u32 {
                depth -= 1;
            } else if fmt[*pos] == '(' as u32 {
                depth += 1;
            }
            *pos += 1;
        }
        if depth > 0 {
            return Err(TextError::value("incomplete format key").into());
        }
        let key = &fmt[keystart..*pos - 1];
        let v = host.getitem(mapping, key)?;
        cur.keyed = Some(v);
        cur.used = false;
        if *pos >= n {
            return Err(incomplete().into());
        }
        ch = fmt[*pos];
    }
    let mut flags = 0u8;
    let mut width: i64 = -1;
    let mut prec: i64 = -1;
    // Reads the next character; false when the format is exhausted.
    let advance = |pos: &mut usize, ch: &mut u32| -> bool {
        *pos += 1;
        if *pos < n {
            *ch = fmt[*pos];
            true
        } else {
            false
        }
    };
    let mut more = true;
    loop {
        let f = match char::from_u32(ch) {
            Some('-') => F_LJUST,
            Some('+') => F_SIGN,
            Some(' ') => F_BLANK,
            Some('#') => F_ALT,
            Some('0') => F_ZERO,
            _ => break,
        };
        flags |= f;
        if !advance(pos, &mut ch) {
            more = false;
            break;
        }
    }
    if more && ch == '*' as u32 {
        let v = cur.next()?;
        let w = host.star_int(v)?.ok_or_else(|| TextError::type_error("* wants int"))?;
        if w < 0 {
            flags |= F_LJUST;
        }
        width = w.saturating_abs();
        more = advance(pos, &mut ch);
    } else if more && (0x30..=0x39).contains(&ch) {
        width = (ch - 0x30) as i64;
        loop {
            more = advance(pos, &mut ch);
            if !more || !(0x30..=0x39).contains(&ch) {
                break;
            }
            let d = (ch - 0x30) as i64;
            if width > (isize::MAX as i64 - d) / 10 {
                return Err(TextError::value("width too big").into());
            }
            width = width * 10 + d;
        }
    }
    if more && ch == '.' as u32 {
        prec = 0;
        more = advance(pos, &mut ch);
        if more && ch == '*' as u32 {
            let v = cur.next()?;
            let p = host.star_int(v)?.ok_or_else(|| TextError::type_error("* wants int"))?;
            if p > i32::MAX as i64 || p < i32::MIN as i64 {
                return Err(TextError::overflow("Python int too large to convert to C int").into());
            }
            prec = p.max(0);
            more = advance(pos, &mut ch);
        } else if more && (0x30..=0x39).contains(&ch) {
            prec = (ch - 0x30) as i64;
            loop {
                more = advance(pos, &mut ch);
                if !more || !(0x30..=0x39).contains(&ch) {
                    break;
                }
                let d = (ch - 0x30) as i64;
                if prec > (i32::MAX as i64 - d) / 10 {
                    return Err(TextError::value("precision too big").into());
                }
                prec = prec * 10 + d;
            }
        }
    }
    if more && (ch == 'h' as u32 || ch == 'l' as u32 || ch == 'L' as u32) {
        more = advance(pos, &mut ch);
    }
    if !more {
        return Err(incomplete().into());
    }
    // `ch` is the conversion character at fmt[*pos].
    *pos += 1;
    let conv = ch;
    let v = cur.next()?;
    let mut sign = false;
    let body: Vec<u32> = match char::from_u32(conv).unwrap_or('\0') {
        c @ ('s' | 'r' | 'a') => host.text(v, c as u8)?,
        c @ ('i' | 'd' | 'u' | 'o' | 'x' | 'X') => {
            let Some(i) = host.to_int(v, c as u8)? else {
                let what = if matches!(c, 'o' | 'x' | 'X') { "an integer" } else { "a real number" };
                return Err(TextError::type_error(format!("%{c} format: {what} is required, not {}", host.type_name(v))).into());
            };
            sign = true;
            format_long(&i, flags & F_ALT != 0, prec, c as u8)?.bytes().map(|b| b as u32).collect()
        }
        c @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G') => {
            let Some(x) = host.to_float(v)? else {
                return Err(TextError::type_error(format!("must be real number, not {}", host.type_name(v))).into());
            };
            sign = true;
            let p = if prec < 0 { 6 } else { prec as usize };
            double_to_string(x, FloatMode::from_code(c as u8), p, flags & F_ALT != 0, false, false)
                .bytes()
                .map(|b| b as u32)
                .collect()
        }
        'c' => {
            let c = match host.to_char(v)? {
                CharArg::Str(s) if s.len() == 1 => s[0],
                CharArg::Int(i) => match i.to_i64() {
                    Some(x) if (0..=0x10FFFF).contains(&x) => x as u32,
                    _ => return Err(TextError::overflow("%c arg not in range(0x110000)").into()),
                },
                _ => return Err(TextError::type_error("%c requires int or char").into()),
            };
            vec![c]
        }
        _ => {
            let shown = if (31..=126).contains(&conv) { char::from_u32(conv).unwrap() } else { '?' };
            return Err(TextError::value(format!(
                "unsupported format character '{shown}' (0x{conv:x}) at index {}",
                *pos - 1
            ))
            .into());
        }
    };
    output(out, &body, flags, width, prec, sign, conv);
    Ok(())
}

/// `_PyUnicode_FormatLong`: sign, optional `0x`/`0o` prefix (with `#`), at least `prec` digits.
fn format_long(i: &Int, alt: bool, prec: i64, conv: u8) -> TextResult<String> {
    let (base, prefix) = match conv {
        b'o' => (8, "0o"),
        b'x' | b'X' => (16, "0x"),
        _ => (10, ""),
    };
    let digits = int_to_base_digits(i, base)?;
    let mut s = String::with_capacity(digits.len() + 4);
    if i.is_negative() {
        s.push('-');
    }
    if alt {
        s.push_str(prefix);
    }
    if prec > digits.len() as i64 {
        for _ in 0..prec as usize - digits.len() {
            s.push('0');
        }
    }
    s.push_str(&digits);
    if conv == b'X' {
        s.make_ascii_uppercase();
    }
    Ok(s)
}

/// `unicode_format_arg_output`: truncation, sign, prefix and padding of one converted argument.
fn output(out: &mut Vec<u32>, s: &[u32], flags: u8, width: i64, prec: i64, mut sign: bool, conv: u32) {
    let fill = if sign && flags & F_ZERO != 0 { '0' as u32 } else { ' ' as u32 };
    let mut len = s.len() as i64;
    if (width == -1 || width <= len) && (prec == -1 || prec >= len) && flags & (F_SIGN | F_BLANK) == 0 {
        out.extend_from_slice(s);
        return;
    }
    let textual = matches!(char::from_u32(conv), Some('s' | 'r' | 'a'));
    if textual && prec >= 0 && len > prec {
        len = prec;
    }
    let mut p = 0usize;
    let mut signchar = 0u32;
    if sign {
        let c = s[0];
        if c == '-' as u32 || c == '+' as u32 {
            signchar = c;
            len -= 1;
            p += 1;
        } else if flags & F_SIGN != 0 {
            signchar = '+' as u32;
        } else if flags & F_BLANK != 0 {
            signchar = ' ' as u32;
        } else {
            sign = false;
        }
    }
    let mut width = width.max(len);
    if sign {
        if fill != ' ' as u32 {
            out.push(signchar);
        }
        if width > len {
            width -= 1;
        }
    }
    let alt_prefix = flags & F_ALT != 0 && matches!(char::from_u32(conv), Some('x' | 'X' | 'o'));
    if alt_prefix {
        if fill != ' ' as u32 {
            out.push('0' as u32);
            out.push(conv);
            p += 2;
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && flags & F_LJUST == 0 {
        out.extend(std::iter::repeat(fill).take((width - len) as usize));
        width = len;
    }
    if fill == ' ' as u32 {
        if sign {
            out.push(signchar);
        }
        if alt_prefix {
            out.push('0' as u32);
            out.push(conv);
            p += 2;
        }
    }
    if len > 0 {
        out.extend_from_slice(&s[p..p + len as usize]);
    }
    if width > len {
        out.extend(std::iter::repeat(' ' as u32).take((width - len) as usize));
    }
}

/// `int(x)` for a float (truncation), with CPython's errors for nan and infinities.
pub fn float_to_int(x: f64) -> TextResult<Int> {
    if x.is_nan() {
        return Err(TextError::value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(TextError::overflow("cannot convert float infinity to integer"));
    }
    let t = x.trunc();
    if t.abs() < 9.0e15 {
        return Ok(Int::from_i64(t as i64));
    }
    let digits = format!("{:.0}", t.abs());
    let mut i = Int::from_str_radix(&digits, 10).expect("at most 309 digits");
    if t < 0.0 {
        i.negate();
    }
    Ok(i)
}

#[cfg(test)]
mod tests;
