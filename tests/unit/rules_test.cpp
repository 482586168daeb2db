// Every attribution rule is a named unit (src/attribute/rules/): its file names it and shows its
// example, and the example, read as an article, yields a quotation that names the rule as the one
// that found it, found its speaker, or amended it.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "attribute/rules.hpp"
#include "verbatim/quotation.hpp"

namespace {

std::string file_of(std::string_view rule) {
    std::string name(rule);
    std::replace(name.begin(), name.end(), '-', '_');
    auto path = std::filesystem::path(VERBATIM_SOURCE_DIR) / "src" / "attribute" / "rules" / (name + ".cpp");
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

std::vector<verbatim::quotation> quotations_of(std::string_view example) {
    verbatim::document d;
    d.id = "example";
    d.text = std::string(example) + "\n";
    return verbatim::extract_quotations(d);
}

bool names(verbatim::quotation const& q, std::string_view rule) {
    return q.rule == rule || q.speaker_rule == rule || std::find(q.amended_by.begin(), q.amended_by.end(), rule) != q.amended_by.end();
}

std::string described(std::vector<verbatim::quotation> const& quotes) {
    std::string out = std::to_string(quotes.size()) + " quotation(s):";
    for (auto const& q : quotes) {
        out += "\n  rule=" + std::string(q.rule) + " speaker_rule=" + std::string(q.speaker_rule) + " amended_by=";
        for (auto a : q.amended_by) out += std::string(a) + " ";
    }
    return out;
}

} // namespace

TEST_CASE("rules: every rule has a file that names it and shows its example sentence") {
    std::set<std::string_view> seen;
    for (auto const& rule : verbatim::attribute::all_rules()) {
        INFO("rule " << rule.name);
        CHECK(seen.insert(rule.name).second); // names are unique
        auto const source = file_of(rule.name);
        REQUIRE_FALSE(source.empty());
        auto const header = source.substr(0, source.find("#include"));
        std::string named = "\"";
        named.append(rule.name).append("\":");
        CHECK(header.find(named) != std::string::npos);
        // Each line of the example stands in the header comment.
        std::istringstream lines{std::string(rule.example)};
        for (std::string line; std::getline(lines, line);)
            if (!line.empty()) CHECK_MESSAGE(header.find(line) != std::string::npos, "example line not in the header: " << line);
    }
}

TEST_CASE("rules: every rule's example yields a quotation that names the rule") {
    for (auto const& rule : verbatim::attribute::all_rules()) {
        INFO("rule " << rule.name << ", example: " << rule.example);
        auto const quotes = quotations_of(rule.example);
        INFO(described(quotes));
        if (rule.name == "nested") {
            // The pass drops the belief inside what was said: one quotation, not two.
            REQUIRE(quotes.size() == 1);
            CHECK(quotes[0].rule == "clause-after-cue");
            continue;
        }
        CHECK(std::any_of(quotes.begin(), quotes.end(), [&](verbatim::quotation const& q) { return names(q, rule.name); }));
    }
}

TEST_CASE("rules: the speaker rules and the cue rules are listed in the order they are tried") {
    std::vector<std::string_view> speaker, cue;
    for (auto const& rule : verbatim::attribute::all_rules()) {
        if (rule.family == "speaker") speaker.push_back(rule.name);
        if (rule.family == "cue") cue.push_back(rule.name);
    }
    REQUIRE(speaker.size() == 11);
    CHECK(speaker.front() == "possessive-cue");
    CHECK(speaker.back() == "quantity-subject");
    REQUIRE(cue.size() == 11);
    CHECK(cue.front() == "quote-before-cue");
    CHECK(cue.back() == "clause-after-cue");
}

TEST_CASE("rules: a quotation with a speaker names the rule that found the speaker") {
    // "according to" finds content and speaker at once: the same rule names both.
    auto const quotes = quotations_of("The ferry will stay in service, according to the harbour office. "
                                      "\xE2\x80\x9CThe ferry stays,\xE2\x80\x9D said Mayor Anna Berg.");
    INFO(described(quotes));
    REQUIRE(quotes.size() == 2);
    for (auto const& q : quotes) CHECK(q.speaker.has_value());
    CHECK(quotes[0].rule == "according-to");
    CHECK(quotes[0].speaker_rule == "according-to");
    CHECK(quotes[1].speaker_rule == "inverted-speaker");
}

TEST_CASE("rules: quote-after-sentence gives the quotation after a sentence of only a speaker and a cue") {
    auto const quotes = quotations_of("\xE2\x80\x9CThe council is running out of time,\xE2\x80\x9D said Tom Reyes.\n\n"
                                      "Harbor University professor Lena Okafor agreed. \xE2\x80\x9CThe ferry will not survive another winter.\xE2\x80\x9D\n\n"
                                      "The union will not sue but plans to watch the case closely, Reyes says. \xE2\x80\x9CWe will be there.\xE2\x80\x9D");
    INFO(described(quotes));
    REQUIRE(quotes.size() >= 3);
    CHECK(quotes[1].rule == "quote-after-sentence");
    REQUIRE(quotes[1].speaker.has_value());
    CHECK(quotes[1].speaker->name == "Lena Okafor");
    REQUIRE(quotes[1].cue.has_value());
    CHECK(quotes[1].cue->text == "agreed");
    // a sentence that reports a clause of its own before the cue hands on nothing
    for (auto const& q : quotes) CHECK((q.rule != "quote-after-sentence" || q.speaker->name == "Lena Okafor"));
}
