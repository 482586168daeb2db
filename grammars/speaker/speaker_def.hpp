// speaker/speaker_def.hpp — the words a speaker noun phrase is made of, read as a run of
// tagged words (`Ukrainian President Volodymyr Zelensky` = name title name name). Which runs
// form a noun phrase, and where the name and the role lie in it, is decided in match.cpp.
#pragma once

#include "primitives.hpp"
#include "speaker/speaker.hpp"

namespace verbatim::grammars {
namespace parser {

using prim::blank;
using prim::cap_word;
using prim::in_list;
using prim::word_end;

/// Tags the words a parser matched with their part of the noun phrase.
template <np_part Part> struct tag_word {
    template <typename Ctx> void operator()(Ctx& ctx) const {
        auto const& where = x3::_attr(ctx); // the range raw[] matched
        x3::_val(ctx) = ast::np_word{Part, where.begin(), where.end()};
    }
};

template <np_part Part, int N> struct tagged_class;

template <np_part Part, int N, typename P> auto tagged(char const* name, P const& p) {
    return x3::rule<tagged_class<Part, N>, ast::np_word>{name} = x3::raw[p][tag_word<Part>{}];
}

// Closed word classes as symbol tables: the longest entry wins ("an", "their", "these", "del"
// are read whole, where a chain of literals would stop at "a", "the", "de" and fail).
x3::symbols<> const determiner_table({"the", "The", "a", "A", "an", "An", "his", "His", "her", "Her", "its", "Its",
                                      "their", "Their", "this", "This", "these", "These", "those", "Those", "one", "One", "another",
                                      "Another", "some", "Some", "several", "Several", "many", "Many", "two", "Two",
                                      "three", "Three", "both", "Both", "each", "Each", "every", "Every", "either",
                                      "Either", "neither", "Neither", "my", "My"});
x3::symbols<> const link_table({"close to", "familiar with", "involved in", "briefed on", "knowledgeable about", "of",
                                "for", "at", "from", "by", "with", "in", "with knowledge of", "with direct knowledge of"});
x3::symbols<> const particle_table({"de", "van", "von", "bin", "al", "da", "del", "der", "la", "le", "di", "du", "ibn",
                                    "ben", "dos", "das"});
auto const determiner_words = determiner_table >> word_end;
auto const link_words = link_table >> word_end;
auto const name_particles = particle_table >> word_end >> &(blank >> cap_word);

// A single capital with its dot before another capitalised word: an initial ("Julie A. Berg"),
// even where the letter is a word no name starts with ("A", "I").
auto const initial = x3::char_('A', 'Z') >> '.' >> &(blank >> prim::upper_ahead);

// Tom “The Hammer” Reyes / fans of “Shark Tank”: capitalised words inside quotation marks.
auto const quoted_name = (x3::lit("\xE2\x80\x9C") | '"' | "\xE2\x80\x98") >> (cap_word % blank) >>
                         (x3::lit("\xE2\x80\x9D") | '"' | "\xE2\x80\x99") >> word_end;

// Poll shares as speakers: "21 percent", "75%", "four in 10", "two-thirds".
// ("2,315 riders": thousands set off by commas)
auto const digits = +x3::char_('0', '9') >> *(x3::lit(',') >> x3::repeat(3)[x3::char_('0', '9')]) >> -(x3::lit('.') >> +x3::char_('0', '9'));
x3::symbols<> const number_word_table({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                       "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"});
auto const number_word = number_word_table >> word_end;
x3::symbols<> const fraction_table({"two-thirds", "Two-thirds", "one-third", "One-third", "three-quarters",
                                    "Three-quarters", "one-quarter", "a third", "a quarter", "half", "Half", "most",
                                    "Most", "a majority", "A majority", "a minority", "a plurality"});
auto const fraction = fraction_table >> word_end;
auto const share = fraction
                 | ((digits | number_word) >> blank >> "in" >> blank >> (digits | "ten") >> word_end)
                 | (digits >> (x3::lit('%') | (blank >> x3::lit("percent") >> word_end) | (blank >> x3::lit("per cent") >> word_end)));

// "Air Force 1st Lt. Tyler Livingston", "the 45th president"
auto const ordinal = +x3::char_('0', '9') >> (x3::lit("st") | "nd" | "rd" | "th") >> word_end;
// "45-year-old Anna Berg": an age before a name
auto const age = +x3::char_('0', '9') >> x3::lit("-year-old") >> word_end;

struct pronoun_symbols_parser : prim::plain_parser<pronoun_symbols_parser> {
    template <typename It, typename Ctx, typename RCtx, typename Attr>
    bool parse(It& first, It const& last, Ctx const& ctx, RCtx& rctx, Attr&) const {
        It p = first;
        gender g{};
        auto const& lx = the_lexicon();
        if (!lx.filter(word_list::pronouns).may_match(p, last) || !lx.pronouns.parse(p, last, ctx, rctx, g)) return false;
        // "He’s predicting", "She’d said": the contraction stays on the pronoun.
        if (int a = prim::apostrophe_at(p, last)) {
            It q = p + a;
            It e = q;
            while (e != last && *e >= 'a' && *e <= 'z') ++e;
            std::string_view tail(q, static_cast<std::size_t>(e - q));
            if (tail == "s" || tail == "d" || tail == "ll" || tail == "ve" || tail == "re" || tail == "m") p = e;
        }
        x3::unused_type u;
        if (!word_end.parse(p, last, ctx, rctx, u)) return false;
        first = p;
        return true;
    }
};
pronoun_symbols_parser const pronoun_word{};

/// A cue verb (said, told, ...) at a word boundary: it ends a noun phrase.
struct cue_word_parser : prim::plain_parser<cue_word_parser> {
    template <typename It, typename Ctx, typename RCtx, typename Attr>
    bool parse(It& first, It const& last, Ctx const& ctx, RCtx& rctx, Attr&) const {
        It p = first;
        cue_value v;
        auto const& lx = the_lexicon();
        if (!lx.filter(word_list::cues).may_match(p, last) || !lx.cues.parse(p, last, ctx, rctx, v)) return false;
        x3::unused_type u;
        if (!word_end.parse(p, last, ctx, rctx, u)) return false;
        first = p;
        return true;
    }
};
cue_word_parser const cue_word{};

/// "Harbor Today", "Ferry Today": a capitalised word a name may not start with, but that ends
/// an outlet's name after another (match.cpp keeps it only after a name).
struct outlet_tail_parser : prim::plain_parser<outlet_tail_parser> {
    template <typename It, typename Ctx, typename RCtx, typename Attr>
    bool parse(It& first, It const& last, Ctx const& ctx, RCtx& rctx, Attr& attr) const {
        It p = first;
        if (!cap_word.parse(p, last, ctx, rctx, attr)) return false;
        if (!is_outlet_head(std::string_view(&*first, static_cast<std::size_t>(p - first)))) return false;
        first = p;
        return true;
    }
};
outlet_tail_parser const outlet_tail{};

auto const np_word =
      tagged<np_part::name, 15>("initial", initial)
    | tagged<np_part::determiner, 1>("determiner", determiner_words)
    | tagged<np_part::pronoun, 2>("pronoun", pronoun_word)
    | tagged<np_part::title, 3>("title", in_list(word_list::titles))
    | tagged<np_part::group, 4>("group", in_list(word_list::groups))
    | tagged<np_part::role, 5>("role", in_list(word_list::roles) | in_list(word_list::source_nouns))
    | tagged<np_part::link, 6>("link", link_words)
    | tagged<np_part::name, 7>("name", prim::upper_ahead >> !in_list(word_list::function_words) >> cap_word)
    | tagged<np_part::name, 14>("outlet tail", outlet_tail)
    | tagged<np_part::nickname, 11>("nickname", quoted_name)
    | tagged<np_part::group, 12>("share", share)
    | tagged<np_part::modifier, 13>("ordinal", ordinal)
    | tagged<np_part::modifier, 16>("age", age)
    | tagged<np_part::name, 8>("particle", name_particles)
    | tagged<np_part::modifier, 9>("modifier", in_list(word_list::modifiers))
    // Any other lower-case noun ("the woman", "the ad’s narrator"); match.cpp accepts it as a
    // head only after a determiner. Cues, adverbs and function words end the phrase.
    | tagged<np_part::common, 10>("common", prim::lower_ahead >>
                                              !(in_list(word_list::lower_function_words) | in_list(word_list::adverbs) |
                                                cue_word) >> prim::lower_word);

// One tagged word; a run of them (words with blanks between) is read in match.cpp a word at a
// time, so that the words of a sentence are tagged once however many starts are tried.
tagged_word_type const tagged_word = "tagged_word";
auto const tagged_word_def = np_word;

// Words between a speaker and the cue: "had previously", "has also", "repeatedly".
struct ly_adverb_parser : prim::plain_parser<ly_adverb_parser> {
    template <typename It, typename Ctx, typename RCtx, typename Attr>
    bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
        It p = first;
        while (p != last && *p >= 'a' && *p <= 'z') ++p;
        if (p - first < 4 || p[-1] != 'y' || p[-2] != 'l') return false;
        if (p != last && prim::is_word_at(p, last)) return false;
        first = p;
        return true;
    }
};
ly_adverb_parser const ly_adverb{};

adverbs_type const adverbs = "adverbs";
auto const adverbs_def = *((in_list(word_list::adverbs) | ly_adverb) >> blank);

BOOST_SPIRIT_DEFINE(tagged_word, adverbs)

} // namespace parser
} // namespace verbatim::grammars
