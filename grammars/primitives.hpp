// primitives.hpp — X3 parsers for words in UTF-8 text, safe on bytes >= 0x80 (the ascii::
// and standard:: classes are not): word boundaries, capitalised words, blanks, and words
// from the lexicon's lists. Internal to grammars/.
#pragma once

#include "config.hpp"
#include "lexicon.hpp"

namespace verbatim::grammars::prim {

/// Base of the parsers below: they match text and yield no attribute.
template <typename Derived> struct plain_parser : x3::parser<Derived> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;
};

inline bool is_word_at(char const* p, char const* last) {
    if (p >= last) return false;
    int n = 0;
    return is_word_codepoint(decode_utf8(p, last, n));
}

/// Length of an apostrophe (' or U+2019) at p, else 0.
inline int apostrophe_at(char const* p, char const* last) {
    if (p < last && *p == '\'') return 1;
    if (last - p >= 3 && static_cast<unsigned char>(p[0]) == 0xE2 && static_cast<unsigned char>(p[1]) == 0x80 &&
        static_cast<unsigned char>(p[2]) == 0x99)
        return 3;
    return 0;
}

/// Length of the apostrophe of a plural possessive right after a word ending in "s" ("the
/// victims' lawyer", "the Smiths’ house"): an apostrophe followed by a blank; else 0.
inline int plural_possessive_at(char const* p, char const* last) {
    if (p[-1] != 's') return 0;
    int const a = apostrophe_at(p, last);
    return a && p + a != last && (p[a] == ' ' || p[a] == '\t') ? a : 0;
}

/// Succeeds, consuming nothing, where no word character (or -letter, 'letter) follows.
struct word_end_parser : plain_parser<word_end_parser> {
    template <typename It, typename Ctx, typename RCtx, typename Attr>
    bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
        if (first == last) return true;
        if (is_word_at(first, last)) return false;
        if (*first == '-' && is_word_at(first + 1, last)) return false;
        if (int a = apostrophe_at(first, last); a && is_word_at(first + a, last)) return false;
        return true;
    }
};
inline word_end_parser const word_end{};

/// One or more spaces, tabs or no-break spaces, and at most one line break (a hard-wrapped
/// line); a blank line is never blank space. Callers bound the text to a paragraph.
struct blank_parser : plain_parser<blank_parser> {
    template <typename It, typename Ctx, typename RCtx, typename Attr>
    bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
        It p = first;
        bool line_break = false;
        while (p != last) {
            if (*p == ' ' || *p == '\t') ++p;
            else if ((*p == '\n' || *p == '\r') && !line_break) {
                line_break = true;
                p += (*p == '\r' && p + 1 != last && p[1] == '\n') ? 2 : 1;
            }
            else if (last - p >= 2 && static_cast<unsigned char>(p[0]) == 0xC2 && static_cast<unsigned char>(p[1]) == 0xA0) p += 2;
            else break;
        }
        if (p == first) return false;
        first = p;
        return true;
    }
};
inline blank_parser const blank{};

/// A word that starts with an upper-case letter (any script): `Zelensky`, `O’Brien`,
/// `Jean-Claude`, `U.S.`, `J.`, with a possessive `’s` kept on it. All-capital acronyms count.
struct cap_word_parser : plain_parser<cap_word_parser> {
    template <typename It, typename Ctx, typename RCtx, typename Attr>
    bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
        It p = first;
        int n = 0;
        if (p == last || !is_upper_codepoint(decode_utf8(p, last, n))) return false;
        p += n;
        std::size_t letters = 1;
        for (;;) {
            if (is_word_at(p, last)) {
                decode_utf8(p, last, n);
                p += n;
                ++letters;
            } else if (p != last && *p == '-' && is_word_at(p + 1, last)) {
                ++p;
            } else if (int a = apostrophe_at(p, last); a && is_word_at(p + a, last)) {
                p += a; // O’Brien, Trump’s: the possessive stays on the word
            } else if (p != last && *p == '.' && p + 1 != last && is_upper_codepoint(decode_utf8(p + 1, last, n))
                       && letters == 1) {
                p += 1; // U.S, J.R
                letters = 0;
            } else {
                break;
            }
        }
        // A single initial (J.), an acronym with dots (U.S.) or a known abbreviation (Jr.)
        // keeps its final dot.
        if (p != last && *p == '.' && (letters <= 1 || is_abbreviation(std::string_view(first, p - first + 1)))) ++p;
        first = p;
        return true;
    }
};
inline cap_word_parser const cap_word{};

/// Succeeds, consuming nothing, where an upper-case letter follows (the start of a cap_word).
struct upper_ahead_parser : plain_parser<upper_ahead_parser> {
    template <typename It, typename Ctx, typename RCtx, typename Attr>
    bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
        int n = 0;
        return first != last && is_upper_codepoint(decode_utf8(first, last, n));
    }
};
inline upper_ahead_parser const upper_ahead{};

/// Succeeds, consuming nothing, where a lower-case ASCII letter or a digit follows (what a
/// lower_word starts with).
struct lower_ahead_parser : plain_parser<lower_ahead_parser> {
    template <typename It, typename Ctx, typename RCtx, typename Attr>
    bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
        return first != last && ((*first >= 'a' && *first <= 'z') || (*first >= '0' && *first <= '9'));
    }
};
inline lower_ahead_parser const lower_ahead{};

/// A word in lower case (`woman`, `narrator`, `ad’s`), with a possessive `’s` kept on it.
struct lower_word_parser : plain_parser<lower_word_parser> {
    template <typename It, typename Ctx, typename RCtx, typename Attr>
    bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
        It p = first;
        if (p != last && *p >= '0' && *p <= '9') {
            // "the 46-year-old": digits joined to a word by a hyphen
            while (p != last && *p >= '0' && *p <= '9') ++p;
            if (p == last || *p != '-') return false;
            ++p;
        }
        if (p == last || *p < 'a' || *p > 'z') return false;
        ++p;
        for (;;) {
            if (p != last && ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9'))) ++p;
            else if (p != last && *p == '-' && p + 1 != last && p[1] >= 'a' && p[1] <= 'z') ++p;
            else if (int a = apostrophe_at(p, last); a && is_word_at(p + a, last)) p += a;
            else break;
        }
        if (is_word_at(p, last)) return false; // a non-ASCII letter follows: not a plain word
        first = p;
        return true;
    }
};
inline lower_word_parser const lower_word{};

/// A word from one of the lexicon's lists, ending at a word boundary (longest entry wins).
struct list_word_parser : plain_parser<list_word_parser> {
    word_list list;
    constexpr explicit list_word_parser(word_list l) : list(l) {}
    template <typename It, typename Ctx, typename RCtx, typename Attr>
    bool parse(It& first, It const& last, Ctx const& ctx, RCtx& rctx, Attr&) const {
        It p = first;
        x3::unused_type u;
        auto const& lx = the_lexicon();
        if (!lx.filter(list).may_match(p, last) || !lx.table(list).parse(p, last, ctx, rctx, u)) return false;
        if (!word_end.parse(p, last, ctx, rctx, u)) return false;
        first = p;
        return true;
    }
};
inline list_word_parser in_list(word_list l) { return list_word_parser{l}; }

} // namespace verbatim::grammars::prim
