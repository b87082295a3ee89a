//! `str.format` / `str.format_map` (Objects/stringlib/unicode_format.h): the replacement-field
//! parser (`{name.attr[key]!r:spec}`, `{{`/`}}`, nested `{}` in specs two levels deep), automatic
//! and manual field numbering, and CPython 3.13's error messages. The runtime supplies argument
//! lookup, attribute/item access, conversions and `format()` through [`FormatHost`].

use super::format_spec::{ExcKind, TextError, TextResult};

/// The object protocol `str.format` needs.
pub trait FormatHost {
    type Obj;
    type Err: From<TextError>;
    /// The positional argument `i`, or None when out of range. Not called by `format_map`.
    fn positional(&mut self, i: usize) -> Result<Option<Self::Obj>, Self::Err>;
    /// `kwargs[name]` (the host raises KeyError).
    fn keyword(&mut self, name: &[u32]) -> Result<Self::Obj, Self::Err>;
    fn getattr(&mut self, o: &Self::Obj, name: &[u32]) -> Result<Self::Obj, Self::Err>;
    /// `o[i]` for a numeric key.
    fn getitem_int(&mut self, o: &Self::Obj, i: usize) -> Result<Self::Obj, Self::Err>;
    /// `o[key]` for a non-numeric key (a str).
    fn getitem_str(&mut self, o: &Self::Obj, key: &[u32]) -> Result<Self::Obj, Self::Err>;
    /// `str(o)`, `repr(o)` or `ascii(o)` for conversion 's', 'r', 'a'.
    fn convert(&mut self, o: Self::Obj, conv: u8) -> Result<Self::Obj, Self::Err>;
    /// `format(o, spec)`.
    fn format(&mut self, o: &Self::Obj, spec: &[u32]) -> Result<Vec<u32>, Self::Err>;
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum AutoState {
    Init,
    Auto,
    Manual,
}

struct Auto {
    state: AutoState,
    next: usize,
}

/// `fmt.format(*args, **kwargs)`; with `has_args` false it is `format_map` (no positional args).
pub fn format<H: FormatHost>(fmt: &[u32], has_args: bool, host: &mut H) -> Result<Vec<u32>, H::Err> {
    let mut auto = Auto { state: AutoState::Init, next: 0 };
    let mut out = Vec::with_capacity(fmt.len() + 16);
    build(fmt, has_args, host, 2, &mut auto, &mut out)?;
    Ok(out)
}

fn build<H: FormatHost>(fmt: &[u32], has_args: bool, host: &mut H, depth: u32, auto: &mut Auto, out: &mut Vec<u32>) -> Result<(), H::Err> {
    if depth == 0 {
        return Err(TextError::value("Max string recursion exceeded").into());
    }
    let n = fmt.len();
    let mut pos = 0;
    let (lb, rb) = ('{' as u32, '}' as u32);
    while pos < n {
        // Literal text up to a brace.
        let start = pos;
        let mut c = 0;
        let mut markup = false;
        while pos < n {
            c = fmt[pos];
            pos += 1;
            if c == lb || c == rb {
                markup = true;
                break;
            }
        }
        let at_end = pos >= n;
        let mut len = pos - start;
        if c == rb && markup && (at_end || fmt[pos] != rb) {
            return Err(TextError::value("Single '}' encountered in format string").into());
        }
        if at_end && c == lb && markup {
            return Err(TextError::value("Single '{' encountered in format string").into());
        }
        if !at_end && markup {
            if fmt[pos] == c {
                pos += 1;
                markup = false;
            } else {
                len -= 1;
            }
        }
        out.extend_from_slice(&fmt[start..start + len]);
        if !markup {
            continue;
        }
        let field = parse_field(fmt, &mut pos)?;
        let obj = field_object(&fmt[field.name.clone()], has_args, host, auto)?;
        let obj = match field.conversion {
            None => obj,
            Some(cv) if cv == 'r' as u32 || cv == 's' as u32 || cv == 'a' as u32 => host.convert(obj, cv as u8)?,
            Some(cv) => {
                let msg = if cv > 32 && cv < 127 {
                    format!("Unknown conversion specifier {}", char::from_u32(cv).unwrap())
                } else {
                    format!("Unknown conversion specifier \\x{cv:x}")
                };
                return Err(TextError::value(msg).into());
            }
        };
        let spec = &fmt[field.spec.clone()];
        let text = if field.spec_needs_expanding {
            let mut expanded = Vec::new();
            build(spec, has_args, host, depth - 1, auto, &mut expanded)?;
            host.format(&obj, &expanded)?
        } else {
            host.format(&obj, spec)?
        };
        out.extend_from_slice(&text);
    }
    Ok(())
}

struct Field {
    name: std::ops::Range<usize>,
    conversion: Option<u32>,
    spec: std::ops::Range<usize>,
    spec_needs_expanding: bool,
}

/// `parse_field`: reads `name[!c][:spec]}` starting after the `{`.
fn parse_field(fmt: &[u32], pos: &mut usize) -> TextResult<Field> {
    let n = fmt.len();
    let name_start = *pos;
    let mut c = 0;
    while *pos < n {
        c = fmt[*pos];
        *pos += 1;
        match char::from_u32(c) {
            Some('{') => return Err(TextError::value("unexpected '{' in field name")),
            Some('[') => {
                while *pos < n && fmt[*pos] != ']' as u32 {
                    *pos += 1;
                }
                continue;
            }
            Some('}' | ':' | '!') => break,
            _ => continue,
        }
    }
    let mut field = Field { name: name_start..*pos - 1, conversion: None, spec: *pos..*pos, spec_needs_expanding: false };
    if c == '!' as u32 || c == ':' as u32 {
        if c == '!' as u32 {
            if *pos >= n {
                return Err(TextError::value("end of string while looking for conversion specifier"));
            }
            field.conversion = Some(fmt[*pos]);
            *pos += 1;
            if *pos < n {
                let c2 = fmt[*pos];
                *pos += 1;
                if c2 == '}' as u32 {
                    field.spec = *pos..*pos;
                    return Ok(field);
                }
                if c2 != ':' as u32 {
                    return Err(TextError::value("expected ':' after conversion specifier"));
                }
            }
        }
        let spec_start = *pos;
        let mut count = 1;
        while *pos < n {
            let c = fmt[*pos];
            *pos += 1;
            if c == '{' as u32 {
                field.spec_needs_expanding = true;
                count += 1;
            } else if c == '}' as u32 {
                count -= 1;
                if count == 0 {
                    field.spec = spec_start..*pos - 1;
                    return Ok(field);
                }
            }
        }
        return Err(TextError::value("unmatched '{' in format spec"));
    } else if c != '}' as u32 {
        return Err(TextError::value("expected '}' before end of string"));
    }
    Ok(field)
}

/// `get_integer`: a non-negative decimal (any Unicode decimal digits), or None.
fn get_integer(s: &[u32]) -> TextResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: usize = 0;
    for &c in s {
        let Some(d) = super::unicode_db::to_decimal(c) else { return Ok(None) };
        if acc > (isize::MAX as usize - d as usize) / 10 {
            return Err(TextError::value("Too many decimal digits in format string"));
        }
        acc = acc * 10 + d as usize;
    }
    Ok(Some(acc))
}

/// `get_field_object`: the argument named by the field, then its `.attr` and `[key]` accessors.
fn field_object<H: FormatHost>(name: &[u32], has_args: bool, host: &mut H, auto: &mut Auto) -> Result<H::Obj, H::Err> {
    let first_end = name.iter().position(|&c| c == '.' as u32 || c == '[' as u32).unwrap_or(name.len());
    let first = &name[..first_end];
    let mut index = get_integer(first)?;
    let empty = first.is_empty();
    if empty || index.is_some() {
        if auto.state == AutoState::Init {
            auto.state = if empty { AutoState::Auto } else { AutoState::Manual };
        }
        if auto.state == AutoState::Manual && empty {
            return Err(TextError::value("cannot switch from manual field specification to automatic field numbering").into());
        }
        if auto.state == AutoState::Auto && !empty {
            return Err(TextError::value("cannot switch from automatic field numbering to manual field specification").into());
        }
        if empty {
            index = Some(auto.next);
            auto.next += 1;
        }
    }
    let mut obj = match index {
        None => host.keyword(first)?,
        Some(i) => {
            if !has_args {
                return Err(TextError::value("Format string contains positional fields").into());
            }
            match host.positional(i)? {
                Some(o) => o,
                None => {
                    return Err(TextError {
                        kind: ExcKind::IndexError,
                        msg: format!("Replacement index {i} out of range for positional args tuple"),
                    }
                    .into())
                }
            }
        }
    };
    let mut i = first_end;
    while i < name.len() {
        let c = name[i];
        i += 1;
        let part_start = i;
        let is_attr = c == '.' as u32;
        if is_attr {
            while i < name.len() && name[i] != '.' as u32 && name[i] != '[' as u32 {
                i += 1;
            }
        } else if c == '[' as u32 {
            while i < name.len() && name[i] != ']' as u32 {
                i += 1;
            }
            if i >= name.len() {
                return Err(TextError::value("Missing ']' in format string").into());
            }
        } else {
            return Err(TextError::value("Only '.' or '[' may follow ']' in format field specifier").into());
        }
        let part = &name[part_start..i];
        if !is_attr {
            i += 1; // the ']'
        }
        if part.is_empty() {
            return Err(TextError::value("Empty attribute in format string").into());
        }
        obj = if is_attr {
            host.getattr(&obj, part)?
        } else {
            match get_integer(part)? {
                Some(k) => host.getitem_int(&obj, k)?,
                None => host.getitem_str(&obj, part)?,
            }
        };
    }
    Ok(obj)
}

#[cfg(test)]
mod tests;
