//! The tokens the parser reads: CPython's token types (Grammar/Tokens, Lib/token.py) with the
//! hard keywords split out of NAME as the generated parser does (`_get_keyword_or_name_type` in
//! Parser/pegen.c). Each token carries its byte span in the source and its position.

use crate::ast::Loc;

/// A token type. Operators and keywords each have their own kind, as in CPython's parser.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum T {
    EndMarker,
    Name,
    Number,
    String,
    Newline,
    Indent,
    Dedent,
    FStringStart,
    FStringMiddle,
    FStringEnd,
    TypeComment,
    /// Where the tokenizer failed: no rule accepts it, and reaching it raises the tokenizer error.
    ErrorToken,
    /// An operator the grammar does not know (`$`, `?`, `` ` ``): always a syntax error.
    Op,
    // Operators (Grammar/Tokens order).
    LPar, RPar, LSqb, RSqb, Colon, Comma, Semi, Plus, Minus, Star, Slash, VBar, Amper, Less,
    Greater, Equal, Dot, Percent, LBrace, RBrace, EqEqual, NotEqual, LessEqual, GreaterEqual,
    Tilde, Circumflex, LeftShift, RightShift, DoubleStar, PlusEqual, MinEqual, StarEqual,
    SlashEqual, PercentEqual, AmperEqual, VBarEqual, CircumflexEqual, LeftShiftEqual,
    RightShiftEqual, DoubleStarEqual, DoubleSlash, DoubleSlashEqual, At, AtEqual, RArrow,
    Ellipsis, ColonEqual, Exclamation,
    // Hard keywords.
    False, None, True, And, As, Assert, Async, Await, Break, Class, Continue, Def, Del, Elif,
    Else, Except, Finally, For, From, Global, If, Import, In, Is, Lambda, Nonlocal, Not, Or,
    Pass, Raise, Return, Try, While, With, Yield,
}

impl T {
    /// The kind of an operator's text, or `None` for text no operator has.
    pub fn operator(s: &str) -> Option<T> {
        use T::*;
        Some(match s {
            "(" => LPar, ")" => RPar, "[" => LSqb, "]" => RSqb, ":" => Colon, "," => Comma,
            ";" => Semi, "+" => Plus, "-" => Minus, "*" => Star, "/" => Slash, "|" => VBar,
            "&" => Amper, "<" => Less, ">" => Greater, "=" => Equal, "." => Dot, "%" => Percent,
            "{" => LBrace, "}" => RBrace, "==" => EqEqual, "!=" => NotEqual, "<=" => LessEqual,
            ">=" => GreaterEqual, "~" => Tilde, "^" => Circumflex, "<<" => LeftShift,
            ">>" => RightShift, "**" => DoubleStar, "+=" => PlusEqual, "-=" => MinEqual,
            "*=" => StarEqual, "/=" => SlashEqual, "%=" => PercentEqual, "&=" => AmperEqual,
            "|=" => VBarEqual, "^=" => CircumflexEqual, "<<=" => LeftShiftEqual,
            ">>=" => RightShiftEqual, "**=" => DoubleStarEqual, "//" => DoubleSlash,
            "//=" => DoubleSlashEqual, "@" => At, "@=" => AtEqual, "->" => RArrow,
            "..." => Ellipsis, ":=" => ColonEqual, "!" => Exclamation,
            _ => return Option::None,
        })
    }

    /// The kind of a NAME's text: a hard keyword, or `Name`.
    pub fn name(s: &str) -> T {
        use T::*;
        match s {
            "False" => False, "None" => None, "True" => True, "and" => And, "as" => As,
            "assert" => Assert, "async" => Async, "await" => Await, "break" => Break,
            "class" => Class, "continue" => Continue, "def" => Def, "del" => Del, "elif" => Elif,
            "else" => Else, "except" => Except, "finally" => Finally, "for" => For, "from" => From,
            "global" => Global, "if" => If, "import" => Import, "in" => In, "is" => Is,
            "lambda" => Lambda, "nonlocal" => Nonlocal, "not" => Not, "or" => Or, "pass" => Pass,
            "raise" => Raise, "return" => Return, "try" => Try, "while" => While, "with" => With,
            "yield" => Yield,
            _ => Name,
        }
    }

    pub fn is_keyword(self) -> bool {
        (self as u8) >= (T::False as u8)
    }
}

/// One token: its kind, its bytes `start..end` in the (UTF-8) source, and its position.
#[derive(Clone, Copy, Debug)]
pub struct Tok {
    pub kind: T,
    pub start: u32,
    pub end: u32,
    pub loc: Loc,
    /// Bracket nesting depth before this token (CPython's `token->level`).
    pub level: u16,
}
