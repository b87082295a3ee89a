//! Token types and their numbering (Grammar/Tokens, Lib/token.py, Parser/token.c).
//!
//! The numbers are CPython 3.13's: ENDMARKER 0 … EXCLAMATION 54, OP 55, … ENCODING 65. Operator
//! spellings are part of the table, so `token.EXACT_TOKEN_TYPES` and `_PyToken_OneChar` /
//! `TwoChars` / `ThreeChars` are read from the same data.

/// A token type, numbered as in `Lib/token.py`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum TokenKind {
    Endmarker = 0,
    Name = 1,
    Number = 2,
    String = 3,
    Newline = 4,
    Indent = 5,
    Dedent = 6,
    Lpar = 7,  // '('
    Rpar = 8,  // ')'
    Lsqb = 9,  // '['
    Rsqb = 10,  // ']'
    Colon = 11,  // ':'
    Comma = 12,  // ','
    Semi = 13,  // ';'
    Plus = 14,  // '+'
    Minus = 15,  // '-'
    Star = 16,  // '*'
    Slash = 17,  // '/'
    Vbar = 18,  // '|'
    Amper = 19,  // '&'
    Less = 20,  // '<'
    Greater = 21,  // '>'
    Equal = 22,  // '='
    Dot = 23,  // '.'
    Percent = 24,  // '%'
    Lbrace = 25,  // '{'
    Rbrace = 26,  // '}'
    Eqequal = 27,  // '=='
    Notequal = 28,  // '!='
    Lessequal = 29,  // '<='
    Greaterequal = 30,  // '>='
    Tilde = 31,  // '~'
    Circumflex = 32,  // '^'
    Leftshift = 33,  // '<<'
    Rightshift = 34,  // '>>'
    Doublestar = 35,  // '**'
    Plusequal = 36,  // '+='
    Minequal = 37,  // '-='
    Starequal = 38,  // '*='
    Slashequal = 39,  // '/='
    Percentequal = 40,  // '%='
    Amperequal = 41,  // '&='
    Vbarequal = 42,  // '|='
    Circumflexequal = 43,  // '^='
    Leftshiftequal = 44,  // '<<='
    Rightshiftequal = 45,  // '>>='
    Doublestarequal = 46,  // '**='
    Doubleslash = 47,  // '//'
    Doubleslashequal = 48,  // '//='
    At = 49,  // '@'
    Atequal = 50,  // '@='
    Rarrow = 51,  // '->'
    Ellipsis = 52,  // '...'
    Colonequal = 53,  // ':='
    Exclamation = 54,  // '!'
    Op = 55,
    TypeIgnore = 56,
    TypeComment = 57,
    SoftKeyword = 58,
    FstringStart = 59,
    FstringMiddle = 60,
    FstringEnd = 61,
    Comment = 62,
    Nl = 63,
    Errortoken = 64,
    Encoding = 65,
}

use TokenKind::*;

/// Every kind, indexed by number.
pub const ALL_KINDS: [TokenKind; 66] = [
    Endmarker,
    Name,
    Number,
    String,
    Newline,
    Indent,
    Dedent,
    Lpar,
    Rpar,
    Lsqb,
    Rsqb,
    Colon,
    Comma,
    Semi,
    Plus,
    Minus,
    Star,
    Slash,
    Vbar,
    Amper,
    Less,
    Greater,
    Equal,
    Dot,
    Percent,
    Lbrace,
    Rbrace,
    Eqequal,
    Notequal,
    Lessequal,
    Greaterequal,
    Tilde,
    Circumflex,
    Leftshift,
    Rightshift,
    Doublestar,
    Plusequal,
    Minequal,
    Starequal,
    Slashequal,
    Percentequal,
    Amperequal,
    Vbarequal,
    Circumflexequal,
    Leftshiftequal,
    Rightshiftequal,
    Doublestarequal,
    Doubleslash,
    Doubleslashequal,
    At,
    Atequal,
    Rarrow,
    Ellipsis,
    Colonequal,
    Exclamation,
    Op,
    TypeIgnore,
    TypeComment,
    SoftKeyword,
    FstringStart,
    FstringMiddle,
    FstringEnd,
    Comment,
    Nl,
    Errortoken,
    Encoding,
];

/// `(kind, spelling)` of every operator in `token.EXACT_TOKEN_TYPES`.
pub const OPERATORS: [(TokenKind, &str); 48] = [
    (Lpar, "("),
    (Rpar, ")"),
    (Lsqb, "["),
    (Rsqb, "]"),
    (Colon, ":"),
    (Comma, ","),
    (Semi, ";"),
    (Plus, "+"),
    (Minus, "-"),
    (Star, "*"),
    (Slash, "/"),
    (Vbar, "|"),
    (Amper, "&"),
    (Less, "<"),
    (Greater, ">"),
    (Equal, "="),
    (Dot, "."),
    (Percent, "%"),
    (Lbrace, "{"),
    (Rbrace, "}"),
    (Eqequal, "=="),
    (Notequal, "!="),
    (Lessequal, "<="),
    (Greaterequal, ">="),
    (Tilde, "~"),
    (Circumflex, "^"),
    (Leftshift, "<<"),
    (Rightshift, ">>"),
    (Doublestar, "**"),
    (Plusequal, "+="),
    (Minequal, "-="),
    (Starequal, "*="),
    (Slashequal, "/="),
    (Percentequal, "%="),
    (Amperequal, "&="),
    (Vbarequal, "|="),
    (Circumflexequal, "^="),
    (Leftshiftequal, "<<="),
    (Rightshiftequal, ">>="),
    (Doublestarequal, "**="),
    (Doubleslash, "//"),
    (Doubleslashequal, "//="),
    (At, "@"),
    (Atequal, "@="),
    (Rarrow, "->"),
    (Ellipsis, "..."),
    (Colonequal, ":="),
    (Exclamation, "!"),
];

impl TokenKind {
    /// The name `token.tok_name` gives this kind.
    pub fn name(self) -> &'static str {
        match self {
            Endmarker => "ENDMARKER",
            Name => "NAME",
            Number => "NUMBER",
            String => "STRING",
            Newline => "NEWLINE",
            Indent => "INDENT",
            Dedent => "DEDENT",
            Lpar => "LPAR",
            Rpar => "RPAR",
            Lsqb => "LSQB",
            Rsqb => "RSQB",
            Colon => "COLON",
            Comma => "COMMA",
            Semi => "SEMI",
            Plus => "PLUS",
            Minus => "MINUS",
            Star => "STAR",
            Slash => "SLASH",
            Vbar => "VBAR",
            Amper => "AMPER",
            Less => "LESS",
            Greater => "GREATER",
            Equal => "EQUAL",
            Dot => "DOT",
            Percent => "PERCENT",
            Lbrace => "LBRACE",
            Rbrace => "RBRACE",
            Eqequal => "EQEQUAL",
            Notequal => "NOTEQUAL",
            Lessequal => "LESSEQUAL",
            Greaterequal => "GREATEREQUAL",
            Tilde => "TILDE",
            Circumflex => "CIRCUMFLEX",
            Leftshift => "LEFTSHIFT",
            Rightshift => "RIGHTSHIFT",
            Doublestar => "DOUBLESTAR",
            Plusequal => "PLUSEQUAL",
            Minequal => "MINEQUAL",
            Starequal => "STAREQUAL",
            Slashequal => "SLASHEQUAL",
            Percentequal => "PERCENTEQUAL",
            Amperequal => "AMPEREQUAL",
            Vbarequal => "VBAREQUAL",
            Circumflexequal => "CIRCUMFLEXEQUAL",
            Leftshiftequal => "LEFTSHIFTEQUAL",
            Rightshiftequal => "RIGHTSHIFTEQUAL",
            Doublestarequal => "DOUBLESTAREQUAL",
            Doubleslash => "DOUBLESLASH",
            Doubleslashequal => "DOUBLESLASHEQUAL",
            At => "AT",
            Atequal => "ATEQUAL",
            Rarrow => "RARROW",
            Ellipsis => "ELLIPSIS",
            Colonequal => "COLONEQUAL",
            Exclamation => "EXCLAMATION",
            Op => "OP",
            TypeIgnore => "TYPE_IGNORE",
            TypeComment => "TYPE_COMMENT",
            SoftKeyword => "SOFT_KEYWORD",
            FstringStart => "FSTRING_START",
            FstringMiddle => "FSTRING_MIDDLE",
            FstringEnd => "FSTRING_END",
            Comment => "COMMENT",
            Nl => "NL",
            Errortoken => "ERRORTOKEN",
            Encoding => "ENCODING",
        }
    }

    pub fn from_number(n: u8) -> Option<TokenKind> {
        ALL_KINDS.get(n as usize).copied()
    }

    /// `ISSTRINGLIT`: the kinds whose line number is where the literal starts.
    pub fn is_string_literal(self) -> bool {
        matches!(self, String | FstringMiddle)
    }

    /// The fixed spelling of an operator kind.
    pub fn operator_text(self) -> Option<&'static str> {
        OPERATORS.iter().find(|(k, _)| *k == self).map(|(_, s)| *s)
    }
}

/// `token.EXACT_TOKEN_TYPES[text]`, for `TokenInfo.exact_type`.
pub fn exact_type(text: &str) -> Option<TokenKind> {
    OPERATORS.iter().find(|(_, s)| *s == text).map(|(k, _)| *k)
}

/// `_PyToken_OneChar`: the kind of a one-character operator, `Op` for any other byte.
pub fn one_char(c: i32) -> TokenKind {
    match c as u8 {
        _ if !(0..128).contains(&c) => Op,
        b'%' => Percent,
        b'&' => Amper,
        b'(' => Lpar,
        b')' => Rpar,
        b'*' => Star,
        b'+' => Plus,
        b',' => Comma,
        b'-' => Minus,
        b'.' => Dot,
        b'/' => Slash,
        b':' => Colon,
        b';' => Semi,
        b'<' => Less,
        b'=' => Equal,
        b'>' => Greater,
        b'@' => At,
        b'[' => Lsqb,
        b']' => Rsqb,
        b'^' => Circumflex,
        b'{' => Lbrace,
        b'|' => Vbar,
        b'}' => Rbrace,
        b'~' => Tilde,
        b'!' => Exclamation,
        _ => Op,
    }
}

/// `_PyToken_TwoChars`: `Op` when the pair is not an operator. `<>` is NOTEQUAL here (it is only
/// accepted by the parser under `from __future__ import barry_as_FLUFL`).
pub fn two_chars(c1: i32, c2: i32) -> TokenKind {
    if !(0..128).contains(&c1) || !(0..128).contains(&c2) {
        return Op;
    }
    match (c1 as u8, c2 as u8) {
        (b'!', b'=') => Notequal,
        (b'%', b'=') => Percentequal,
        (b'&', b'=') => Amperequal,
        (b'*', b'*') => Doublestar,
        (b'*', b'=') => Starequal,
        (b'+', b'=') => Plusequal,
        (b'-', b'=') => Minequal,
        (b'-', b'>') => Rarrow,
        (b'/', b'/') => Doubleslash,
        (b'/', b'=') => Slashequal,
        (b':', b'=') => Colonequal,
        (b'<', b'<') => Leftshift,
        (b'<', b'=') => Lessequal,
        (b'<', b'>') => Notequal,
        (b'=', b'=') => Eqequal,
        (b'>', b'=') => Greaterequal,
        (b'>', b'>') => Rightshift,
        (b'@', b'=') => Atequal,
        (b'^', b'=') => Circumflexequal,
        (b'|', b'=') => Vbarequal,
        _ => Op,
    }
}

/// `_PyToken_ThreeChars`: `Op` when the triple is not an operator.
pub fn three_chars(c1: i32, c2: i32, c3: i32) -> TokenKind {
    match (c1, c2, c3) {
        (0x2A, 0x2A, 0x3D) => Doublestarequal, // **=
        (0x2E, 0x2E, 0x2E) => Ellipsis,        // ...
        (0x2F, 0x2F, 0x3D) => Doubleslashequal, // //=
        (0x3C, 0x3C, 0x3D) => Leftshiftequal,  // <<=
        (0x3E, 0x3E, 0x3D) => Rightshiftequal, // >>=
        _ => Op,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbering_matches_token_py() {
        // Lib/token.py (3.13.0): OP = 55, FSTRING_START = 59, NL = 63, ENCODING = 65.
        assert_eq!(Op as u8, 55);
        assert_eq!(FstringStart as u8, 59);
        assert_eq!(Nl as u8, 63);
        assert_eq!(Encoding as u8, 65);
        assert_eq!(OPERATORS.len(), 48);
        for (k, s) in OPERATORS {
            let b: Vec<i32> = s.bytes().map(i32::from).collect();
            let got = match b.len() {
                1 => one_char(b[0]),
                2 => two_chars(b[0], b[1]),
                _ => three_chars(b[0], b[1], b[2]),
            };
            assert_eq!(got, k, "{s}");
        }
    }
}
