// The sample article that ships in corpus/: who said what, as a reader of the article
// would attribute it (the acceptance test of the foundation issue).
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "verbatim/ingest.hpp"
#include "verbatim/quotation.hpp"

namespace {

struct sample {
    verbatim::document doc;
    std::vector<verbatim::quotation> quotes;
};

sample const& the_sample() {
    static sample s = [] {
        sample out;
        std::vector<std::string> paths{std::string(VERBATIM_SOURCE_DIR) + "/corpus/2026-01-23-moscow-witkoff-putin-talks.txt"};
        verbatim::read_documents(
            paths, [&](verbatim::document&& d) { out.doc = std::move(d); }, [](verbatim::diagnostic const&) {});
        out.quotes = verbatim::extract_quotations(out.doc);
        return out;
    }();
    return s;
}

/// The speaker name of the quotation whose verbatim words start with `words`, or "(none)"
/// when it has no speaker, or "(not found)" when no quotation holds those words.
std::string speaker_of(std::string const& words) {
    auto const& s = the_sample();
    for (auto const& q : s.quotes)
        for (auto const& part : q.quoted)
            if (s.doc.text.compare(part.begin, words.size(), words) == 0)
                return q.speaker ? q.speaker->name : std::string("(none)");
    return "(not found)";
}

std::string speaker_of_clause(std::string const& words) {
    auto const& s = the_sample();
    for (auto const& q : s.quotes)
        if (verbatim::content_text(s.doc, q).find(words) != std::string::npos)
            return q.speaker ? q.speaker->name : std::string("(none)");
    return "(not found)";
}

} // namespace

TEST_CASE("sample article: date and dateline are read from the head of the file") {
    auto const& s = the_sample();
    CHECK(s.doc.date == "2026-01-23");
    for (auto const& q : s.quotes)
        if (q.speaker) CHECK(q.speaker->text.find("MOSCOW") == std::string::npos);
}

TEST_CASE("sample article: Witkoff's quoted words go to Steve Witkoff") {
    CHECK(speaker_of("down to one issue") == "Steve Witkoff");
    CHECK(speaker_of("military to military") == "Steve Witkoff");
}

TEST_CASE("sample article: Zelensky's quoted words go to Volodymyr Zelensky, also through 'he'") {
    CHECK(speaker_of("nearly, nearly ready") == "Volodymyr Zelensky");
    CHECK(speaker_of("done") == "Volodymyr Zelensky");
    CHECK(speaker_of("political will") == "Volodymyr Zelensky");
    CHECK(speaker_of("Instead of becoming a truly global power") == "Volodymyr Zelensky");
    CHECK(speaker_of("Europe looks lost") == "Volodymyr Zelensky");
}

TEST_CASE("sample article: Trump's quote, written with 'he', goes to Donald Trump") {
    CHECK(speaker_of("I believe they\xE2\x80\x99re at a point now") == "Donald Trump");
}

TEST_CASE("sample article: Russia speaks as a place for its government") {
    CHECK(speaker_of("military-industrial complex") == "Russia");
    auto const& s = the_sample();
    for (auto const& q : s.quotes)
        if (q.speaker && q.speaker->name == "Russia") CHECK(q.speaker->kind == verbatim::speaker_kind::place);
}

TEST_CASE("sample article: the sub-heading's scare quote is attributed to no one") {
    CHECK(speaker_of("fragmented") == "(not found)");
}

TEST_CASE("sample article: indirect claims of the Kremlin and Kyiv") {
    CHECK(speaker_of_clause("Talks concluded after stretching past the three-hour mark") == "the Kremlin");
    CHECK(speaker_of_clause("it will not sign a peace deal") == "Kyiv");
    CHECK(speaker_of_clause("the strikes are a war crime") == "Kyiv");
    CHECK(speaker_of_clause("these talks would last two days") == "Volodymyr Zelensky");
}

TEST_CASE("sample article: a mixed quote's content is the whole reported clause") {
    auto const& s = the_sample();
    bool found = false;
    for (auto const& q : s.quotes)
        if (verbatim::content_text(s.doc, q) == "the two sides were \xE2\x80\x9C" "down to one issue\xE2\x80\x9D") {
            found = true;
            CHECK(q.kind == verbatim::quote_kind::mixed);
            REQUIRE(q.quoted.size() == 1);
            CHECK(s.doc.text.substr(q.quoted[0].begin, q.quoted[0].end - q.quoted[0].begin) == "down to one issue");
            REQUIRE(q.cue);
            CHECK(q.cue->text == "said");
        }
    CHECK(found);
}
