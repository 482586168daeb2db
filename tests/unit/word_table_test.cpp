// Tests for grammars/word_table.hpp: the word lists' open-addressing sets and maps.
#include <doctest/doctest.h>

#include <set>
#include <string>
#include <string_view>

#include "word_table.hpp"

namespace {
namespace g = verbatim::grammars;

TEST_CASE("word_table: a set finds what was put in, and nothing else") {
    g::word_set set;
    CHECK_FALSE(set.contains("harbour"));
    CHECK(set.insert("harbour"));
    CHECK_FALSE(set.insert("harbour")); // already there
    CHECK(set.insert("Harbour"));       // case matters
    CHECK(set.contains("harbour"));
    CHECK(set.contains("Harbour"));
    CHECK_FALSE(set.contains("harbou"));
    CHECK_FALSE(set.contains("harbours"));
    CHECK_FALSE(set.contains(""));
    CHECK(set.size() == 2);
    std::string const looked_up = "harbour master";
    CHECK(set.contains(std::string_view(looked_up).substr(0, 7))); // a view into other text
}

TEST_CASE("word_table: thousands of words, after many rehashes, all still found once") {
    g::word_set set;
    auto word = [](int i) {
        std::string w(1, 'w');
        w += std::to_string(i);
        return w;
    };
    for (int i = 0; i < 5000; ++i) set.insert(word(i * 7));
    CHECK(set.size() == 5000);
    int found = 0, wrong = 0;
    for (int i = 0; i < 35000; ++i) {
        bool in = set.contains(word(i));
        found += in ? 1 : 0;
        wrong += in != (i % 7 == 0) ? 1 : 0;
    }
    CHECK(found == 5000);
    CHECK(wrong == 0);
    std::set<std::string> seen;
    set.for_each([&](std::string_view w) { seen.emplace(w); });
    CHECK(seen.size() == 5000);
    CHECK(seen.contains("w0"));
    CHECK(seen.contains("w34993"));
}

TEST_CASE("word_table: a map keeps a value for each word; the empty word is a word") {
    g::word_table<int> map;
    map["she"] = 1;
    map["he"] = 2;
    map["she"] = 3; // replaced, not added
    map[""] = 4;
    CHECK(map.size() == 3);
    REQUIRE(map.find("she") != map.end());
    CHECK(map.find("she")->second == 3);
    CHECK(map.find("he")->second == 2);
    CHECK(map.find("")->second == 4);
    CHECK(map.find("they") == map.end());
    g::word_table<int> moved = std::move(map); // (its words stay where its entries point)
    CHECK(moved.find("she")->second == 3);
}

} // namespace
