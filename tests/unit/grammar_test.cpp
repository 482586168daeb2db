// Tests for the language API of grammars/language.hpp: quote marks, the article header and
// dateline, speaker noun phrases, cues, adverbs, time phrases and the word-list predicates.
#include <doctest/doctest.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "language.hpp"

namespace {

namespace g = verbatim::grammars;
using namespace std::string_view_literals;

/// The bytes `[begin, end)` of `text`.
std::string_view slice(std::string_view text, std::size_t begin, std::size_t end) {
    REQUIRE(begin <= end);
    REQUIRE(end <= text.size());
    return text.substr(begin, end - begin);
}

/// Text of the speaker phrase, or "<none>".
std::string phrase_text(std::string_view text, std::optional<g::speaker_phrase> const& sp) {
    return sp ? std::string(slice(text, sp->begin, sp->end)) : std::string("<none>");
}

/// Byte offset of the first occurrence of `needle` (which must occur).
std::size_t at(std::string_view text, std::string_view needle) {
    auto pos = text.find(needle);
    REQUIRE_MESSAGE(pos != std::string_view::npos, "test text lacks: " << needle);
    return pos;
}

} // namespace

// ---- quote marks --------------------------------------------------------------------

TEST_CASE("grammar: curly double quotes open and close") {
    std::string_view const text = "\xE2\x80\x9C" "Done\xE2\x80\x9D";
    auto open = g::match_quote_mark(text, 0);
    REQUIRE(open);
    CHECK(open->family == g::mark_family::double_quote);
    CHECK(open->role == g::mark_role::open);
    CHECK(open->length == 3);

    auto close = g::match_quote_mark(text, 7);
    REQUIRE(close);
    CHECK(close->family == g::mark_family::double_quote);
    CHECK(close->role == g::mark_role::close);
    CHECK(close->length == 3);
}

TEST_CASE("grammar: a straight double quote can open or close") {
    auto m = g::match_quote_mark("\"yes\"", 0);
    REQUIRE(m);
    CHECK(m->family == g::mark_family::double_quote);
    CHECK(m->role == g::mark_role::either);
    CHECK(m->length == 1);
}

TEST_CASE("grammar: single curly quotes, the closing one doubling as apostrophe") {
    auto open = g::match_quote_mark("\xE2\x80\x98no", 0);
    REQUIRE(open);
    CHECK(open->family == g::mark_family::single_quote);
    CHECK(open->role == g::mark_role::open);

    auto close = g::match_quote_mark("Kyiv\xE2\x80\x99s", 4);
    REQUIRE(close);
    CHECK(close->family == g::mark_family::single_quote);
    CHECK(close->role == g::mark_role::close_or_apostrophe);
    CHECK(close->length == 3);
}

TEST_CASE("grammar: guillemets and low-9 quotes") {
    std::string_view const guillemets = "\xC2\xABoui\xC2\xBB";
    auto open = g::match_quote_mark(guillemets, 0);
    REQUIRE(open);
    CHECK(open->family == g::mark_family::guillemet);
    CHECK(open->role == g::mark_role::open);
    CHECK(open->length == 2);
    auto close = g::match_quote_mark(guillemets, 5);
    REQUIRE(close);
    CHECK(close->family == g::mark_family::guillemet);
    CHECK(close->role == g::mark_role::close);

    auto low = g::match_quote_mark("\xE2\x80\x9Eja\xE2\x80\x9C", 0);
    REQUIRE(low);
    CHECK(low->family == g::mark_family::double_quote);
    CHECK(low->role == g::mark_role::open_low);
    CHECK(low->length == 3);

    auto single_open = g::match_quote_mark("\xE2\x80\xB9", 0);
    auto single_close = g::match_quote_mark("\xE2\x80\xBA", 0);
    REQUIRE(single_open);
    REQUIRE(single_close);
    CHECK(single_open->family == g::mark_family::single_guillemet);
    CHECK(single_open->role == g::mark_role::open);
    CHECK(single_close->role == g::mark_role::close);
}

TEST_CASE("grammar: letters, dashes and ellipses are not quote marks") {
    CHECK_FALSE(g::match_quote_mark("said", 0));
    CHECK_FALSE(g::match_quote_mark("\xE2\x80\x94", 0)); // em dash, same lead byte as “
    CHECK_FALSE(g::match_quote_mark("\xE2\x80\xA6", 0)); // ellipsis
    CHECK_FALSE(g::match_quote_mark("\xC2\xA0", 0));     // no-break space, same lead byte as «
    CHECK_FALSE(g::match_quote_mark("ab", 2));           // past the end
    CHECK(g::may_start_quote_mark('"'));
    CHECK(g::may_start_quote_mark(0xE2));
    CHECK_FALSE(g::may_start_quote_mark('a'));
}

// ---- article header and dateline ----------------------------------------------------

TEST_CASE("grammar: header with a date on the first line and a dateline") {
    std::string_view const text = "date 2026-01-23 MOSCOW, JAN 23: Top US negotiators met Putin.";
    auto h = g::parse_text_header(text);
    CHECK(h.date == "2026-01-23");
    CHECK(slice(text, h.dateline_begin, h.dateline_end) == "MOSCOW, JAN 23: ");
    CHECK(h.body_begin == at(text, "MOSCOW"));
    CHECK(text.substr(h.dateline_end).starts_with("Top US negotiators"));
}

TEST_CASE("grammar: header with key lines") {
    std::string_view const text = "title: Talks end in Moscow\n"
                                  "source: Example Wire\n"
                                  "url: https://example.org/talks\n"
                                  "date: 2026-01-23\n"
                                  "\n"
                                  "The talks ended late on Thursday.\n";
    auto h = g::parse_text_header(text);
    CHECK(h.title == "Talks end in Moscow");
    CHECK(h.source == "Example Wire");
    CHECK(h.url == "https://example.org/talks");
    CHECK(h.date == "2026-01-23");
    CHECK(h.body_begin == at(text, "The talks"));
    CHECK(h.dateline_end == h.body_begin); // no dateline
}

TEST_CASE("grammar: text without a header starts its body at byte 0") {
    std::string_view const text = "Moscow said on Friday that the talks were useful.";
    auto h = g::parse_text_header(text);
    CHECK(h.date.empty());
    CHECK(h.title.empty());
    CHECK(h.body_begin == 0);
    CHECK(h.dateline_begin == 0);
    CHECK(h.dateline_end == 0); // "Moscow" is a word of the sentence, not a dateline
}

TEST_CASE("grammar: datelines of several styles") {
    std::string_view const reuters = "WASHINGTON (Reuters) - Senators met on Monday.";
    CHECK(slice(reuters, 0, g::match_dateline(reuters, 0)) == "WASHINGTON (Reuters) - ");

    std::string_view const dashed = "NEW YORK, March 3 \xE2\x80\x94 The mayor spoke.";
    CHECK(slice(dashed, 0, g::match_dateline(dashed, 0)) == "NEW YORK, March 3 \xE2\x80\x94 ");

    std::string_view const colon = "KYIV: Air raid sirens sounded.";
    CHECK(slice(colon, 0, g::match_dateline(colon, 0)) == "KYIV: ");
}

TEST_CASE("grammar: sentence openings are not datelines") {
    CHECK(g::match_dateline("US President Donald Trump said on Wednesday.", 0) == 0);
    CHECK(g::match_dateline("Kyiv says the strikes are a war crime.", 0) == 0);
    CHECK(g::match_dateline("", 0) == 0);
}

// ---- speaker noun phrases -----------------------------------------------------------

TEST_CASE("grammar: no speaker phrase ends in a preposition, 'being', or a verb after 'this'") {
    std::string_view const a = "Reyes has built her campaign around plans for a pier.";
    CHECK(phrase_text(a, g::match_speaker(a, a.find("her campaign"))) != "her campaign around");
    std::string_view const b = "This persuaded the council to print a notice.";
    CHECK(phrase_text(b, g::match_speaker(b, 0)) != "This persuaded");
    std::string_view const c = "The worries being raised by the council go further.";
    CHECK(phrase_text(c, g::match_speaker(c, 0)) != "The worries being");
    std::string_view const d = "Of the voters polled, those surveyed said the pier should stay.";
    CHECK(phrase_text(d, g::match_speaker(d, d.find("those"))) == "those surveyed");
}

TEST_CASE("grammar: speaker with nationality, title and full name") {
    std::string_view const text = "Ukrainian President Volodymyr Zelensky said a deal was near.";
    auto sp = g::match_speaker(text, 0);
    CHECK(phrase_text(text, sp) == "Ukrainian President Volodymyr Zelensky");
    REQUIRE(sp);
    REQUIRE(sp->tokens.size() == 4);
    CHECK(sp->tokens[1].part == g::np_part::title);
    CHECK(slice(text, sp->tokens[1].begin, sp->tokens[1].end) == "President");
    CHECK(sp->tokens[2].part == g::np_part::name);
    CHECK(sp->tokens[3].part == g::np_part::name);
    CHECK(slice(text, sp->tokens[3].begin, sp->tokens[3].end) == "Zelensky");
}

TEST_CASE("grammar: a middle initial that is also the article or a pronoun stays in the name") {
    // ("A" and "I" open no name, and "A" is an article: with its dot before a capitalised
    // word it is an initial)
    for (std::string_view text : {"Lena A. Okafor said the ferry was late.", "Tom I. Reyes wrote that the ferry was late."}) {
        auto sp = g::match_speaker(text, 0);
        CHECK(phrase_text(text, sp) == text.substr(0, text.find(" said") < text.size() ? text.find(" said") : text.find(" wrote")));
    }
    std::string_view const plan = "They chose a plan. A. Berg said so.";
    CHECK(phrase_text(plan, g::match_speaker(plan, plan.find("A."))) == "A. Berg");
    // (the article itself is read as before)
    std::string_view const a = "A spokesman said the ferry was late.";
    CHECK(phrase_text(a, g::match_speaker(a, 0)) == "A spokesman");
}

TEST_CASE("grammar: 'retired' stands before a speaker's role, as 'former' does; professions are roles") {
    std::string_view const a = "The ferry was late, said retired engineer Lena Okafor.";
    CHECK(phrase_text(a, g::match_speaker(a, a.find("retired"))) == "retired engineer Lena Okafor");
    std::string_view const b = "The ferry was late, said neurosurgeon Tom Reyes.";
    CHECK(phrase_text(b, g::match_speaker(b, b.find("neuro"))) == "neurosurgeon Tom Reyes");
}

TEST_CASE("grammar: an age before a name or as a determiner's head ('45-year-old Anna Berg', 'the 46-year-old')") {
    std::string_view const a = "45-year-old Anna Berg said the ferry was late.";
    CHECK(phrase_text(a, g::match_speaker(a, 0)) == "45-year-old Anna Berg");
    std::string_view const b = "The ferry was late, said 17-year-old Tom Reyes.";
    CHECK(phrase_text(b, g::match_speaker(b, b.find("17-"))) == "17-year-old Tom Reyes");
    std::string_view const c = "the 46-year-old said the ferry was late.";
    CHECK(phrase_text(c, g::match_speaker(c, 0)) == "the 46-year-old");
}

TEST_CASE("grammar: inside a word_memo_scope, phrases read as without one, whatever the cut of the text") {
    std::string_view const text = "Yesterday the harbour master Ines Varga said the pier was safe. Ines Vargas agreed.";
    std::vector<std::size_t> const starts{10, 14, 22, 29, 64, 10};
    std::vector<std::string> without;
    for (auto pos : starts) without.push_back(phrase_text(text, g::match_speaker(text, pos)));
    CHECK(without.front() == "the harbour master Ines Varga");

    g::word_memo_scope memo(text);
    for (std::size_t i = 0; i < starts.size(); ++i) // tried from several starts, as attribution does
        CHECK(phrase_text(text, g::match_speaker(text, starts[i])) == without[i]);
    // The same text cut shorter: the last word is read up to the cut, not as it was read before.
    CHECK(phrase_text(text, g::match_speaker(text.substr(0, 38), 10)) == "the harbour master Ines Varg");
    CHECK(phrase_text(text, g::match_speaker(text, 10)) == "the harbour master Ines Varga");
    // Another text, with other words at the same positions, is read from its own words.
    std::string other(text);
    other.replace(34, 5, "Kovac");
    CHECK(phrase_text(other, g::match_speaker(other, 10)) == "the harbour master Ines Kovac");
}

TEST_CASE("grammar: a word's tag is remembered by its letters, except where the next words decide it") {
    g::word_memo_scope memo("");
    // "close" before "to" opens a link; elsewhere it is a plain word. Read either way first,
    // each phrase comes out as it would alone.
    std::string_view const link = "A source close to the mayor said the pier was safe.";
    std::string_view const plain = "The close aide said nothing.";
    for (int round = 0; round < 2; ++round) {
        CHECK(phrase_text(link, g::match_speaker(link, 0)) == "A source close to the mayor");
        CHECK(phrase_text(plain, g::match_speaker(plain, 0)) == "The close aide");
    }
    // A particle joins a name only before a capitalised word.
    std::string_view const name = "Anna van Berg said the ferry would run.";
    std::string_view const noun = "The van driver said the road was shut.";
    for (int round = 0; round < 2; ++round) {
        CHECK(phrase_text(name, g::match_speaker(name, 0)) == "Anna van Berg");
        CHECK(phrase_text(noun, g::match_speaker(noun, 0)) == "The van driver");
    }
    // A capital and its dot is an initial only before a capitalised word.
    std::string_view const grade = "The ferry was rated A. (the best grade) by the council.";
    std::string_view const initial = "Lena A. Okafor said the ferry would run.";
    for (int round = 0; round < 2; ++round) {
        (void)g::match_speaker(grade, grade.find("A."));
        CHECK(phrase_text(initial, g::match_speaker(initial, 0)) == "Lena A. Okafor");
    }
}

TEST_CASE("grammar: where the phrases from one start may end") {
    std::string_view const text = "the harbour master Ines Varga said";
    auto const ends = g::speaker_phrase_ends(text, 0);
    REQUIRE_FALSE(ends.empty());
    CHECK(ends.back() == g::match_speaker(text, 0)->end);
    for (auto e : ends) CHECK(g::match_speaker_ending_at(text, 0, e));
    CHECK_FALSE(g::match_speaker_ending_at(text, 0, 3)); // "the" alone is no phrase
    CHECK(g::speaker_phrase_ends(text, 30).empty());      // "said"
}

TEST_CASE("grammar: speaker that is an organisation with a determiner") {
    std::string_view const text = "the Kremlin said in a statement";
    auto sp = g::match_speaker(text, 0);
    CHECK(phrase_text(text, sp) == "the Kremlin");
    REQUIRE(sp);
    REQUIRE(sp->tokens.size() == 2);
    CHECK(sp->tokens[0].part == g::np_part::determiner);
    CHECK(sp->tokens[1].part == g::np_part::name);
}

TEST_CASE("grammar: speaker as a role linked to an organisation") {
    std::string_view const text = "a spokesman for the ministry told reporters";
    auto sp = g::match_speaker(text, 0);
    CHECK(phrase_text(text, sp) == "a spokesman for the ministry");
    REQUIRE(sp);
    bool has_link = false;
    for (auto const& t : sp->tokens) has_link = has_link || t.part == g::np_part::link;
    CHECK(has_link);
}

TEST_CASE("grammar: a role linked to a bare noun, plural groups and documents as speakers") {
    std::pair<std::string_view, std::string_view> const cases[] = {
        {"The secretary of state said it was late", "The secretary of state"},
        {"a professor of law said it was late", "a professor of law"},
        {"Local groups said it was late", "Local groups"},
        {"Polls show it was late", "Polls"},
        {"Court records show it was late", "Court records"},
    };
    for (auto [text, speaker] : cases) {
        INFO(text);
        auto sm = g::match_subject_cue(text, 0);
        REQUIRE(sm);
        CHECK(text.substr(sm->speaker.begin, sm->speaker.end - sm->speaker.begin) == speaker);
    }
}

TEST_CASE("grammar: group and pronoun speakers") {
    std::string_view const group = "senior officials said on Monday";
    auto sp = g::match_speaker(group, 0);
    CHECK(phrase_text(group, sp) == "senior officials");
    REQUIRE(sp);
    CHECK(sp->tokens.back().part == g::np_part::group);

    std::string_view const pronoun = "she said";
    auto p = g::match_speaker(pronoun, 0);
    CHECK(phrase_text(pronoun, p) == "she");
    REQUIRE(p);
    REQUIRE(p->tokens.size() == 1);
    CHECK(p->tokens[0].part == g::np_part::pronoun);
}

TEST_CASE("grammar: speaker with a possessive before the role") {
    std::string_view const text = "Trump\xE2\x80\x99s son-in-law Jared Kushner said";
    auto sp = g::match_speaker(text, 0);
    CHECK(phrase_text(text, sp) == "Trump\xE2\x80\x99s son-in-law Jared Kushner");
    REQUIRE(sp);
    CHECK(sp->tokens.front().part == g::np_part::possessive);
    CHECK(sp->tokens.back().part == g::np_part::name);
}

TEST_CASE("grammar: words that cannot be speakers") {
    CHECK_FALSE(g::match_speaker("said the minister", 0));
    CHECK_FALSE(g::match_speaker("talks ended on Friday", 0)); // a plain noun needs a determiner
    CHECK_FALSE(g::match_speaker("The", 0));
    CHECK_FALSE(g::match_speaker("However, the mayor", 0));
    CHECK_FALSE(g::match_speaker("\xE2\x80\x9CWe", 0));
}

TEST_CASE("grammar: speaker ending at a given byte") {
    std::string_view const text = "Zelensky, at his address in Davos, blasted the plan.";
    auto sp = g::match_speaker_ending_at(text, 0, at(text, ","));
    CHECK(phrase_text(text, sp) == "Zelensky");

    std::string_view const titled = "Ukrainian President Volodymyr Zelensky";
    auto shorter = g::match_speaker_ending_at(titled, 0, at(titled, " Volodymyr"));
    CHECK(phrase_text(titled, shorter) == "Ukrainian President");
    CHECK_FALSE(g::match_speaker_ending_at(titled, 0, at(titled, "dent"))); // not a word end
}

// ---- cues ---------------------------------------------------------------------------

TEST_CASE("grammar: speech, belief and according-to cues") {
    std::string_view const said = "said that the talks";
    auto c = g::match_cue(said, 0);
    REQUIRE(c);
    CHECK(c->kind == g::cue_class::speech);
    CHECK(slice(said, c->begin, c->end) == "said");
    CHECK_FALSE(c->takes_object);

    std::string_view const told = "told reporters on Monday";
    auto t = g::match_cue(told, 0);
    REQUIRE(t);
    CHECK(t->kind == g::cue_class::speech);
    CHECK(t->takes_object);
    CHECK(slice(told, t->begin, t->end) == "told");

    std::string_view const according = "according to the ministry";
    auto a = g::match_cue(according, 0);
    REQUIRE(a);
    CHECK(a->kind == g::cue_class::according_to);
    CHECK(slice(according, a->begin, a->end) == "according to");

    std::string_view const believes = "believes the war will end";
    auto b = g::match_cue(believes, 0);
    REQUIRE(b);
    CHECK(b->kind == g::cue_class::belief);
    CHECK(slice(believes, b->begin, b->end) == "believes");
}

TEST_CASE("grammar: other speech verbs are cues") {
    for (auto verb : {"added"sv, "warned"sv, "blasted"sv, "insisted"sv, "says"sv, "announced"sv}) {
        CAPTURE(verb);
        std::string const text = std::string(verb) + " that it was over";
        auto c = g::match_cue(text, 0);
        REQUIRE(c);
        CHECK(c->end == verb.size());
    }
}

TEST_CASE("grammar: only whole lower-case words are cues") {
    CHECK_FALSE(g::match_cue("sayings of the week", 0));
    CHECK_FALSE(g::match_cue("sad news", 0));
    CHECK_FALSE(g::match_cue("States", 0)); // as in "United States"
    CHECK_FALSE(g::match_cue("told", 4));
}

TEST_CASE("grammar: subject, adverbs and cue") {
    std::string_view const text = "Witkoff had previously said he believed the sides were close.";
    auto m = g::match_subject_cue(text, 0);
    REQUIRE(m);
    CHECK(phrase_text(text, m->speaker) == "Witkoff");
    CHECK(slice(text, m->cue.begin, m->cue.end) == "said");
    CHECK(m->cue.kind == g::cue_class::speech);

    std::string_view const org = "the Kremlin said in a statement";
    auto k = g::match_subject_cue(org, 0);
    REQUIRE(k);
    CHECK(phrase_text(org, k->speaker) == "the Kremlin");
    CHECK(k->cue.begin == at(org, "said"));

    std::string_view const place = "Kyiv has warned that ceding ground will embolden Moscow";
    auto p = g::match_subject_cue(place, 0);
    REQUIRE(p);
    CHECK(phrase_text(place, p->speaker) == "Kyiv");
    CHECK(slice(place, p->cue.begin, p->cue.end) == "warned");

    CHECK_FALSE(g::match_subject_cue("Witkoff met Putin in Moscow", 0));
}

TEST_CASE("grammar: inverted cue with a titled speaker") {
    std::string_view const text = "said Ukrainian President Volodymyr Zelensky.";
    auto m = g::match_inverted_cue(text, 0);
    REQUIRE(m);
    CHECK(slice(text, m->cue.begin, m->cue.end) == "said");
    CHECK(phrase_text(text, m->speaker) == "Ukrainian President Volodymyr Zelensky");

    CHECK_FALSE(g::match_inverted_cue("believed Putin", 0)); // belief verbs do not invert
    CHECK_FALSE(g::match_inverted_cue("said that", 0));
}

TEST_CASE("grammar: adverbs between a speaker and the cue") {
    std::string_view const text = "had previously said";
    CHECK(g::skip_adverbs(text, 0) == at(text, "said"));
    std::string_view const ly = "repeatedly warned";
    CHECK(g::skip_adverbs(ly, 0) == at(ly, "warned"));
    CHECK(g::skip_adverbs("said so", 0) == 0);
    std::string_view const also = "has also added";
    CHECK(g::skip_adverbs(also, 0) == at(also, "added"));
}

TEST_CASE("grammar: time phrases after a cue") {
    std::string_view const on = "on Wednesday that the talks";
    CHECK(slice(on, 0, g::skip_time_phrase(on, 0)) == "on Wednesday");
    std::string_view const last = "last week it said";
    CHECK(slice(last, 0, g::skip_time_phrase(last, 0)) == "last week");
    std::string_view const early = "early Friday morning, after";
    CHECK(slice(early, 0, g::skip_time_phrase(early, 0)) == "early Friday morning");
    CHECK(g::skip_time_phrase("yesterday", 0) == 9);
    CHECK(g::skip_time_phrase("that the deal", 0) == 0);
    CHECK(g::skip_time_phrase("on the deal", 0) == 0); // a lead word alone is no time phrase
    // A stretch of time, also opening a sentence, also with no count.
    std::string_view const two = "Two days later, the mayor";
    CHECK(slice(two, 0, g::skip_time_phrase(two, 0)) == "Two days later");
    std::string_view const hours = "Hours later, the mayor";
    CHECK(slice(hours, 0, g::skip_time_phrase(hours, 0)) == "Hours later");
    std::string_view const months = "months before the vote";
    CHECK(slice(months, 0, g::skip_time_phrase(months, 0)) == "months"); // "before" opens an adverbial
    CHECK(g::skip_time_phrase("Hours of talks", 0) == 0);
    CHECK(g::skip_time_phrase("Day later", 0) == 0); // a bare unit must be plural
    // A year after "in" ("in 20 minutes" is no year; nor "in 2000s fashion").
    std::string_view const year = "in 2019 said the pier";
    CHECK(slice(year, 0, g::skip_time_phrase(year, 0)) == "in 2019");
    CHECK(g::skip_time_phrase("in 20 minutes", 0) == 0);
    CHECK(g::skip_time_phrase("in 2000s fashion", 0) == 0);
}

// ---- word lists and characters ------------------------------------------------------

TEST_CASE("grammar: word-list predicates") {
    CHECK(g::is_place_name("Kyiv"));
    CHECK(g::is_place_name("Moscow"));
    CHECK_FALSE(g::is_place_name("Zelensky"));

    CHECK(g::is_organization_name("Kremlin"));
    CHECK(g::is_organization_name("the Kremlin"));
    CHECK(g::is_organization_name("Russian Defence Ministry")); // by its last word
    CHECK_FALSE(g::is_organization_name("Volodymyr Zelensky"));

    CHECK(g::is_group_word("officials"));
    CHECK(g::is_group_word("Officials"));
    CHECK_FALSE(g::is_group_word("official"));

    CHECK(g::is_source_noun("statement"));
    CHECK(g::is_title_word("President"));
    CHECK(g::is_title_word("Sen."));
    CHECK_FALSE(g::is_title_word("president"));
    CHECK(g::is_role_noun("spokesman"));
    CHECK(g::is_function_word("However"));
    CHECK_FALSE(g::is_function_word("Zelensky"));
    CHECK(g::is_clause_opener("in"));
    CHECK_FALSE(g::is_clause_opener("that"));

    CHECK(g::country_of_adjective("German") == std::optional<std::string>("Germany"));
    CHECK(g::country_of_adjective("South Korean") == std::optional<std::string>("South Korea"));
    CHECK(g::country_of_adjective("Filipino") == std::optional<std::string>("Philippines"));
    CHECK_FALSE(g::country_of_adjective("german").has_value()); // as written
    CHECK_FALSE(g::country_of_adjective("Berlin").has_value());
}

TEST_CASE("grammar: word classes and forms come from grammars/en, every one with words") {
    // A class the rules ask about with no line in word_classes.txt would silently match nothing.
    CHECK(g::classes_without_words().empty());
    using wc = g::word_class;
    using wf = g::word_form;
    CHECK(g::in_class("but", wc::but_word));
    CHECK_FALSE(g::in_class("But", wc::but_word)); // case as written
    CHECK(g::in_class("But", wc::leading_conjunction));
    CHECK(g::in_class("during", wc::medium_preposition));
    CHECK_FALSE(g::in_class("dur", wc::medium_preposition));
    CHECK_FALSE(g::in_class("", wc::article));
    CHECK(g::in_class("railed", wc::rail_verb));
    CHECK(g::has_form("saying", wf::participle));
    CHECK_FALSE(g::has_form("say", wf::participle));
    CHECK(g::has_form("rises", wf::plural));
    CHECK(g::has_form("press", wf::double_s));
}

// A word is letters, marks and digits, joined inside by a hyphen or an apostrophe.
TEST_CASE("grammar: one definition of a word") {
    auto end = [](std::string_view t) { return t.substr(0, g::word_end_at(t, 0, t.size())); };
    CHECK(end("well-known figure") == "well-known");
    CHECK(end("don\xE2\x80\x99t go") == "don\xE2\x80\x99t");
    CHECK(end("COVID-19, she said") == "COVID-19");
    CHECK(end("Berg\xE2\x80\x99 ") == "Berg");  // a closing mark, not inside the word
    CHECK(end("end- of") == "end");
    CHECK(end(", said").empty());
    CHECK(end("Kyiv\xE2\x80\x99s mayor") == "Kyiv\xE2\x80\x99s");
}

TEST_CASE("grammar: pronoun genders") {
    CHECK(g::pronoun_gender("he") == g::gender::male);
    CHECK(g::pronoun_gender("She") == g::gender::female);
    CHECK(g::pronoun_gender("they") == g::gender::plural);
    CHECK(g::pronoun_gender("it") == g::gender::neuter);
    CHECK(g::pronoun_gender("I") == g::gender::first_person);
    CHECK(g::pronoun_gender("table") == g::gender::unknown);
}

TEST_CASE("grammar: abbreviations that do not end a sentence") {
    CHECK(g::is_abbreviation("Mr."));
    CHECK(g::is_abbreviation("U.S."));
    CHECK(g::is_abbreviation("Jan."));
    CHECK(g::is_abbreviation("Gen."));
    CHECK_FALSE(g::is_abbreviation("said."));
    CHECK_FALSE(g::is_abbreviation("Mr"));
}

TEST_CASE("grammar: UTF-8 decoding and character classes") {
    int n = 0;
    CHECK(g::decode_utf8_at("\xE2\x80\x99", 0, n) == U'\x2019');
    CHECK(n == 3);
    CHECK(g::decode_utf8_at("a\xFF" "b", 1, n) == U'\xFFFD'); // invalid byte
    CHECK(n == 1);
    CHECK(g::is_upper_char(U'\x0416')); // Cyrillic capital ZHE
    CHECK_FALSE(g::is_upper_char(U'\x0436'));
    CHECK(g::is_word_char(U'\x0436'));
    CHECK_FALSE(g::is_word_char(U'\x201C'));
}
