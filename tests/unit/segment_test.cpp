// Tests for text/segment.hpp: paragraphs (one per line or hard-wrapped), quotation spans
// (mark styles, apostrophes, nesting, quotes over several paragraphs, unclosed quotes) and
// sentences (never split inside a quotation or after an abbreviation).
#include <doctest/doctest.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "string_list_printer.hpp"
#include "text/segment.hpp"
#include "verbatim/document.hpp"

namespace {

using verbatim::text::quote_span;
using verbatim::text_span;

std::string_view slice(std::string_view text, std::size_t begin, std::size_t end) {
    REQUIRE(begin <= end);
    REQUIRE(end <= text.size());
    return text.substr(begin, end - begin);
}

std::vector<std::string> paragraph_texts(std::string_view text) {
    std::vector<std::string> out;
    for (auto p : verbatim::text::split_paragraphs(text, 0)) out.emplace_back(slice(text, p.begin, p.end));
    return out;
}

std::vector<quote_span> quotes_of(std::string_view text) {
    auto paragraphs = verbatim::text::split_paragraphs(text, 0);
    return verbatim::text::find_quote_spans(text, paragraphs);
}

/// The words between the marks of each quotation, in order.
std::vector<std::string> quote_texts(std::string_view text) {
    std::vector<std::string> out;
    for (auto const& q : quotes_of(text)) out.emplace_back(slice(text, q.inner_begin, q.inner_end));
    return out;
}

std::vector<std::string> sentence_texts(std::string_view text) {
    auto paragraphs = verbatim::text::split_paragraphs(text, 0);
    auto quotes = verbatim::text::find_quote_spans(text, paragraphs);
    std::vector<std::string> out;
    for (auto const& s : verbatim::text::split_sentences(text, paragraphs, quotes))
        out.emplace_back(slice(text, s.begin, s.end));
    return out;
}

using strings = std::vector<std::string>;

} // namespace

// ---- paragraphs ---------------------------------------------------------------------

TEST_CASE("segment: one paragraph per line, blank lines and surrounding blanks dropped") {
    std::string_view const text = "  The talks ended.  \n\nBoth sides left.\nA new round is planned.\n\n\n";
    CHECK(paragraph_texts(text) == strings{"The talks ended.", "Both sides left.", "A new round is planned."});
}

TEST_CASE("segment: Windows line ends are not part of a paragraph") {
    std::string_view const text = "First line.\r\nSecond line.\r\n";
    CHECK(paragraph_texts(text) == strings{"First line.", "Second line."});
}

TEST_CASE("segment: paragraphs start at the given byte") {
    std::string_view const text = "date 2026-01-23\nThe body starts here.\n\nIt goes on.";
    auto paragraphs = verbatim::text::split_paragraphs(text, text.find("The body"));
    REQUIRE(paragraphs.size() == 2);
    CHECK(slice(text, paragraphs[0].begin, paragraphs[0].end) == "The body starts here.");
    CHECK(slice(text, paragraphs[1].begin, paragraphs[1].end) == "It goes on.");
}

TEST_CASE("segment: hard-wrapped text joins lines between blank lines") {
    std::string_view const text = "The mayor of the small town said on Monday that the old bridge\n"
                                  "over the river would reopen next spring after long repairs to\n"
                                  "its piers.\n"
                                  "\n"
                                  "Residents who cross it every day said they were relieved to\n"
                                  "hear the news, but some doubted the date would hold given the\n"
                                  "delays so far.\n"
                                  "\n"
                                  "A third paragraph follows here with a few more words in it\n"
                                  "and then ends.\n";
    auto paragraphs = verbatim::text::split_paragraphs(text, 0);
    REQUIRE(paragraphs.size() == 3);
    CHECK(slice(text, paragraphs[0].begin, paragraphs[0].end).starts_with("The mayor"));
    CHECK(slice(text, paragraphs[0].begin, paragraphs[0].end).ends_with("its piers."));
    CHECK(slice(text, paragraphs[1].begin, paragraphs[1].end).starts_with("Residents"));
    CHECK(slice(text, paragraphs[1].begin, paragraphs[1].end).ends_with("delays so far."));
    CHECK(slice(text, paragraphs[2].begin, paragraphs[2].end) ==
          "A third paragraph follows here with a few more words in it\nand then ends.");
}

TEST_CASE("segment: a sentence of hard-wrapped text runs across its line breaks") {
    std::string_view const text = "The mayor of the small town said on Monday that the old bridge\n"
                                  "over the river would reopen. Repairs to its piers took a year\n"
                                  "and cost more than planned.\n"
                                  "\n"
                                  "Residents who cross it every day said they were relieved to\n"
                                  "hear the news, but some doubted the date would hold given the\n"
                                  "delays so far.\n";
    auto sentences = sentence_texts(text);
    REQUIRE(sentences.size() == 3);
    CHECK(sentences[0] ==
          "The mayor of the small town said on Monday that the old bridge\nover the river would reopen.");
    CHECK(sentences[1] == "Repairs to its piers took a year\nand cost more than planned.");
}

// ---- quotation marks ----------------------------------------------------------------

TEST_CASE("segment: curly quotes pair with their span boundaries") {
    std::string_view const text = "He said \xE2\x80\x9Cwe are ready\xE2\x80\x9D today.";
    auto quotes = quotes_of(text);
    REQUIRE(quotes.size() == 1);
    auto const& q = quotes[0];
    CHECK(q.open == 8);
    CHECK(q.inner_begin == 11);
    CHECK(slice(text, q.inner_begin, q.inner_end) == "we are ready");
    CHECK(q.close_end == q.inner_end + 3);
    CHECK(slice(text, q.close_end, text.size()) == " today.");
    CHECK(q.closed);
    CHECK(q.depth == 0);
    CHECK(q.continues == -1);
}

TEST_CASE("segment: a straight quote with a blank after it closes the open quote") {
    // `…outreach,' " he said`: a space before the mark, but a space after it too, so it ends the quote.
    CHECK(quote_texts("\"I dislike the term 'outreach,' \" he said, adding more.") ==
          strings{"I dislike the term 'outreach,' "});
}

TEST_CASE("segment: straight quotes open and close by position") {
    std::string_view const text = "\"We are ready,\" he said. \"Are you?\" She said \"so are we\".";
    CHECK(quote_texts(text) == strings{"We are ready,", "Are you?", "so are we"});
    for (auto const& q : quotes_of(text)) CHECK(q.closed);
}

TEST_CASE("segment: guillemets and low-9 quotes") {
    std::string_view const french = "Il a dit \xC2\xABnon merci\xC2\xBB hier.";
    CHECK(quote_texts(french) == strings{"non merci"});

    std::string_view const german = "Sie sagte \xE2\x80\x9ENein, danke\xE2\x80\x9C und ging.";
    auto quotes = quotes_of(german);
    REQUIRE(quotes.size() == 1);
    CHECK(slice(german, quotes[0].inner_begin, quotes[0].inner_end) == "Nein, danke");
    CHECK(quotes[0].closed);
    CHECK(slice(german, quotes[0].close_end, german.size()) == " und ging.");

    std::string_view const polish = "Powiedzia\xC5\x82 \xE2\x80\x9Enie\xE2\x80\x9D i wyszed\xC5\x82.";
    CHECK(quote_texts(polish) == strings{"nie"});
}

TEST_CASE("segment: apostrophes are not quote marks") {
    std::string_view const text = "Kyiv\xE2\x80\x99s mayor said he didn\xE2\x80\x99t expect it, recalling the "
                                  "\xE2\x80\x99" "90s and the players\xE2\x80\x99 union.";
    CHECK(quotes_of(text).empty());
}

TEST_CASE("segment: apostrophes inside single quotes do not close them") {
    std::string_view const text = "\xE2\x80\x98I don\xE2\x80\x99t know,\xE2\x80\x99 he said. "
                                  "\xE2\x80\x98The \xE2\x80\x99" "90s were hard.\xE2\x80\x99";
    CHECK(quote_texts(text) == strings{"I don\xE2\x80\x99t know,", "The \xE2\x80\x99" "90s were hard."});
}

TEST_CASE("segment: a plural possessive inside single quotes does not close them") {
    std::string_view const text = "He called it \xE2\x80\x98the players\xE2\x80\x99 union deal\xE2\x80\x99 on Monday.";
    CHECK(quote_texts(text) == strings{"the players\xE2\x80\x99 union deal"});
}

TEST_CASE("segment: a quote inside a quote") {
    std::string_view const text =
        "He said \xE2\x80\x9Cthe word \xE2\x80\x98" "ceasefire" "\xE2\x80\x99 means nothing here\xE2\x80\x9D and left.";
    auto quotes = quotes_of(text);
    REQUIRE(quotes.size() == 2);
    CHECK(slice(text, quotes[0].inner_begin, quotes[0].inner_end) ==
          "the word \xE2\x80\x98" "ceasefire" "\xE2\x80\x99 means nothing here");
    CHECK(quotes[0].depth == 0);
    CHECK(slice(text, quotes[1].inner_begin, quotes[1].inner_end) == "ceasefire");
    CHECK(quotes[1].depth == 1);
    CHECK(quotes[0].open < quotes[1].open);
    CHECK(quotes[1].close_end < quotes[0].inner_end);

    std::string_view const french = "Il a dit \xC2\xABle mot \xE2\x80\xB9paix\xE2\x80\xBA est vide\xC2\xBB hier.";
    CHECK(quote_texts(french) == strings{"le mot \xE2\x80\xB9paix\xE2\x80\xBA est vide", "paix"});
}

TEST_CASE("segment: a quote over several paragraphs is linked part to part") {
    std::string_view const text = "\xE2\x80\x9CThe first part of the speech runs here.\n"
                                  "\n"
                                  "\xE2\x80\x9CThe second part goes on.\n"
                                  "\n"
                                  "\xE2\x80\x9C" "And the last part ends it,\xE2\x80\x9D the senator said.\n";
    auto quotes = quotes_of(text);
    REQUIRE(quotes.size() == 3);
    CHECK(slice(text, quotes[0].inner_begin, quotes[0].inner_end) == "The first part of the speech runs here.");
    CHECK_FALSE(quotes[0].closed);
    CHECK(quotes[0].continues == -1);
    CHECK(quotes[0].paragraph == 0);

    CHECK(slice(text, quotes[1].inner_begin, quotes[1].inner_end) == "The second part goes on.");
    CHECK_FALSE(quotes[1].closed);
    CHECK(quotes[1].continues == 0);
    CHECK(quotes[1].paragraph == 1);

    CHECK(slice(text, quotes[2].inner_begin, quotes[2].inner_end) == "And the last part ends it,");
    CHECK(quotes[2].closed);
    CHECK(quotes[2].continues == 1);
    CHECK(quotes[2].paragraph == 2);
}

TEST_CASE("segment: an unclosed quote ends with its paragraph") {
    std::string_view const text = "She said \xE2\x80\x9Cwe will never give up.\n\nOfficials denied it on Friday.\n";
    auto paragraphs = verbatim::text::split_paragraphs(text, 0);
    REQUIRE(paragraphs.size() == 2);
    std::vector<verbatim::diagnostic> notes;
    auto quotes = verbatim::text::find_quote_spans(text, paragraphs, &notes, "a.txt");
    REQUIRE(quotes.size() == 1);
    CHECK_FALSE(quotes[0].closed);
    CHECK(slice(text, quotes[0].inner_begin, quotes[0].inner_end) == "we will never give up.");
    CHECK(quotes[0].inner_end == paragraphs[0].end);
    CHECK(quotes[0].close_end == paragraphs[0].end);
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].file == "a.txt");
    CHECK(notes[0].line == 1);
    CHECK(notes[0].level == verbatim::severity::warning);
}

TEST_CASE("segment: an unclosed quote does not swallow the quote of the next paragraph") {
    std::string_view const text = "He said \xE2\x80\x9Cthe plan is dead.\n"
                                  "\n"
                                  "Later, the minister called it \xE2\x80\x9C" "fine\xE2\x80\x9D on radio.\n";
    auto quotes = quotes_of(text);
    REQUIRE(quotes.size() == 2);
    CHECK(slice(text, quotes[0].inner_begin, quotes[0].inner_end) == "the plan is dead.");
    CHECK(quotes[1].paragraph == 1);
    CHECK(slice(text, quotes[1].inner_begin, quotes[1].inner_end) == "fine");
    CHECK(quotes[1].closed);
    CHECK(quotes[1].continues == -1); // reopening is only at the start of a paragraph
}

TEST_CASE("segment: a quote continued in the next paragraph is not reported as unclosed") {
    std::string_view const text =
        "\xE2\x80\x9CWe came a long way.\n\n\xE2\x80\x9CWe will go further,\xE2\x80\x9D she said.\n";
    auto paragraphs = verbatim::text::split_paragraphs(text, 0);
    std::vector<verbatim::diagnostic> notes;
    auto quotes = verbatim::text::find_quote_spans(text, paragraphs, &notes);
    REQUIRE(quotes.size() == 2);
    CHECK(quotes[1].continues == 0);
    CHECK(notes.empty());
}

TEST_CASE("segment: a closing mark typed where a quote opens opens it") {
    std::string_view const text = "\xE2\x80\x9DWe are afraid of him.\xE2\x80\x9D \xE2\x80\x95 Ana Ruiz\n";
    auto quotes = quotes_of(text);
    REQUIRE(quotes.size() == 1);
    CHECK(quotes[0].closed);
    CHECK(slice(text, quotes[0].inner_begin, quotes[0].inner_end) == "We are afraid of him.");
}

TEST_CASE("segment: a paragraph reopens a quote only with the mark that opened it") {
    // A straight-quoted excerpt left open, then the writer's own curly quote: two quotations.
    std::string_view const text = "\"He was tired, sure. Angry, maybe.\n"
                                  "\n"
                                  "\xE2\x80\x9CI never said that,\xE2\x80\x9D she said.\n";
    auto paragraphs = verbatim::text::split_paragraphs(text, 0);
    std::vector<verbatim::diagnostic> notes;
    auto quotes = verbatim::text::find_quote_spans(text, paragraphs, &notes);
    REQUIRE(quotes.size() == 2);
    CHECK(quotes[1].continues == -1);
    CHECK(slice(text, quotes[1].inner_begin, quotes[1].inner_end) == "I never said that,");
    CHECK(notes.size() == 1); // the excerpt is never closed
}

// ---- sentences ----------------------------------------------------------------------

TEST_CASE("segment: sentences end at full stops, question and exclamation marks") {
    CHECK(sentence_texts("Is it over? Nobody knows! The talks go on.") ==
          strings{"Is it over?", "Nobody knows!", "The talks go on."});
}

TEST_CASE("segment: a sentence ends before a no-break space or a line break as before a space") {
    CHECK(sentence_texts("The talks ended. \xC2\xA0The ferry runs again.\xC2\xA0Tolls rose.") ==
          strings{"The talks ended.", "The ferry runs again.", "Tolls rose."});
    CHECK(sentence_texts("The bridge would reopen.\nRepairs took a year.") ==
          strings{"The bridge would reopen.", "Repairs took a year."});
    CHECK(sentence_texts("\xE2\x80\x9CIt is done.\xE2\x80\x9D \xC2\xA0The mayor left.") ==
          strings{"\xE2\x80\x9CIt is done.\xE2\x80\x9D", "The mayor left."});
}

TEST_CASE("segment: a sentence never ends inside a quotation") {
    std::string_view const text = "They said \xE2\x80\x9CNo. Never. Not today.\xE2\x80\x9D Then they left.";
    CHECK(sentence_texts(text) ==
          strings{"They said \xE2\x80\x9CNo. Never. Not today.\xE2\x80\x9D", "Then they left."});

    std::string_view const attributed = "\xE2\x80\x9CStop. Think. Then act,\xE2\x80\x9D she said. He agreed.";
    CHECK(sentence_texts(attributed) ==
          strings{"\xE2\x80\x9CStop. Think. Then act,\xE2\x80\x9D she said.", "He agreed."});
}

TEST_CASE("segment: abbreviations and initials do not end a sentence") {
    std::string_view const text = "Mr. Smith met U.S. officials on Jan. 5 in Washington. John F. Kennedy said so.";
    CHECK(sentence_texts(text) ==
          strings{"Mr. Smith met U.S. officials on Jan. 5 in Washington.", "John F. Kennedy said so."});
}

TEST_CASE("segment: sentences belong to their paragraph") {
    verbatim::document doc;
    doc.text = "date 2026-01-23 The first paragraph. It has two sentences.\n\nThe second has one.";
    doc.body_begin = doc.text.find("The first");
    auto layout = verbatim::text::lay_out(doc);
    REQUIRE(layout.paragraphs.size() == 2);
    REQUIRE(layout.sentences.size() == 3);
    CHECK(slice(doc.text, layout.sentences[0].begin, layout.sentences[0].end) == "The first paragraph.");
    CHECK(layout.sentences[0].paragraph == 0);
    CHECK(layout.sentences[1].paragraph == 0);
    CHECK(slice(doc.text, layout.sentences[2].begin, layout.sentences[2].end) == "The second has one.");
    CHECK(layout.sentences[2].paragraph == 1);
    CHECK(verbatim::text::line_of(doc.text, layout.sentences[2].begin) == 3);
}

TEST_CASE("segment: three apostrophes close a quoted single quote, then the double quote of two apostrophes") {
    std::string_view const text = "''I said, 'The ferry must run,''' he recalled. ''She said, 'What did he mean?''' Tom Reyes asked.";
    auto const quotes = quotes_of(text);
    REQUIRE(quotes.size() == 2);
    // (the double quote ends with the last two apostrophes: the writer's words follow them)
    CHECK(slice(text, quotes[0].close_end, quotes[0].close_end + 12) == " he recalled");
    CHECK(slice(text, quotes[0].inner_begin, quotes[0].inner_end) == "I said, 'The ferry must run,'");
    CHECK(slice(text, quotes[1].close_end, quotes[1].close_end + 10) == " Tom Reyes");
}
