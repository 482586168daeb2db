// Tests for src/text/words.hpp: the word table a window's rules read.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "text/segment.hpp"
#include "text/words.hpp"
#include "verbatim/document.hpp"

namespace {
namespace t = verbatim::text;

std::vector<std::string> words_of(verbatim::document const& d, t::word_table const& table, std::size_t sentence) {
    std::vector<std::string> out;
    for (auto const& w : table.of_sentence(sentence)) out.emplace_back(d.text.substr(w.begin, w.end - w.begin));
    return out;
}

} // namespace

TEST_CASE("words: a sentence's words outside its quotations, each word as the grammars read it") {
    verbatim::document d;
    d.id = "w";
    d.text = "\xE2\x80\x9CWe said no,\xE2\x80\x9D the well-known mayor\xE2\x80\x99s aide said on COVID-19. She left.\n";
    auto const layout = t::lay_out(d);
    REQUIRE(layout.sentences.size() == 2);
    t::word_table const table(d.text, layout, t::windows_of(layout, d.text.size(), 1 << 20).front());
    // (the quoted "We said no" is not the writer's: its words, its cue "said", are not there)
    CHECK(words_of(d, table, 0) == std::vector<std::string>{"the", "well-known", "mayor\xE2\x80\x99s", "aide", "said", "on", "COVID-19"});
    CHECK(words_of(d, table, 1) == std::vector<std::string>{"She", "left"});
    auto const ws = table.of_sentence(0);
    CHECK(ws[4].cue >= 0);  // "said" is a cue
    CHECK(ws[3].cue < 0);   // "aide" is none
    CHECK(table.starting_at(0, ws[4].begin) == &ws[4]);
    CHECK(table.starting_at(0, ws[4].begin + 1) == nullptr);
    CHECK(table.starting_at(0, 3) == nullptr); // inside the quotation
}

TEST_CASE("words: a word that opens a cue of several words says so") {
    verbatim::document d;
    d.id = "w";
    d.text = "The ferry stays, according to the mayor.\n";
    auto const layout = t::lay_out(d);
    t::word_table const table(d.text, layout, t::windows_of(layout, d.text.size(), 1 << 20).front());
    auto const ws = table.of_sentence(0);
    REQUIRE(ws.size() == 7);
    CHECK(ws[3].opens_longer_cue); // "according"
    CHECK_FALSE(ws[1].opens_longer_cue);
}
