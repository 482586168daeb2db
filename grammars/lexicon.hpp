// lexicon.hpp — the word lists of grammars/<lang>/ as X3 symbol tables and sets, filled once
// at first use (from the compiled-in lists, or a folder named by use_word_list_folder).
// Internal to grammars/: includes X3.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "config.hpp"
#include "language.hpp"
#include "word_table.hpp"

namespace verbatim::grammars {

enum class word_list { cues, pronouns, titles, roles, groups, modifiers, adverbs, function_words, source_nouns, lower_function_words };

/// What the cue table holds for a cue word: its class and tags (`begin` and `end` are set where
/// the word is matched).
using cue_value = cue_match;

/// Which first bytes the entries of a table have: a cheap "no" before a symbol-table look-up
/// (a text matches no entry whose first one, two or three bytes it does not start with). Three-
/// byte starts are hashed into 65,536 bits, so it may say "maybe" wrongly, never "no".
class prefix_filter {
public:
    void add(std::string_view entry) {
        auto b = [&](std::size_t i) { return static_cast<unsigned char>(entry[i]); };
        if (entry.size() == 1) set(one_, b(0));
        else if (entry.size() == 2) set(two_, b(0) << 8U | b(1));
        else if (entry.size() >= 3) set(three_, hash3(b(0), b(1), b(2)));
    }
    /// Whether a whole word of three bytes or more at `p` may be an entry (or open one of
    /// several words): only the entries' first three bytes tell.
    bool may_be_long_entry(char const* p) const {
        return test(three_, hash3(static_cast<unsigned char>(p[0]), static_cast<unsigned char>(p[1]), static_cast<unsigned char>(p[2])));
    }
    bool may_match(char const* p, char const* last) const {
        auto b = [&](std::ptrdiff_t i) { return static_cast<unsigned char>(p[i]); };
        auto n = last - p;
        return (n >= 1 && test(one_, b(0))) || (n >= 2 && test(two_, b(0) << 8U | b(1))) ||
               (n >= 3 && test(three_, hash3(b(0), b(1), b(2))));
    }

private:
    using bits = std::vector<std::uint64_t>;
    static unsigned hash3(unsigned a, unsigned b, unsigned c) { return ((a * 0x9E37U) ^ (b << 8U) ^ (c * 0x3D1U)) & 0xFFFFU; }
    static void set(bits& v, unsigned i) { v[i >> 6U] |= std::uint64_t{1} << (i & 63U); }
    static bool test(bits const& v, unsigned i) { return (v[i >> 6U] >> (i & 63U)) & 1U; }
    bits one_ = bits(4), two_ = bits(1024), three_ = bits(1024);
};

struct lexicon {
    x3::symbols<cue_value> cues;
    x3::symbols<gender> pronouns;
    x3::symbols<> titles, roles, groups, modifiers, adverbs, function_words, source_nouns, lower_function_words;

    word_set places, organizations, org_heads, outlets, outlet_heads, title_set, role_set, group_set,
        function_set, source_set, abbreviations, clause_openers, prepositions, time_words, time_leads, time_determined_leads, time_determiners, finite_verbs,
        time_counts, time_units, time_relatives, common_words, subordinators, noun_modifiers,
        time_starts; // the words a time phrase may open with (skip_time_phrase's first look)
    word_table<gender> pronoun_map;
    word_table<std::string> canonical_places; // alias -> canonical
    word_table<std::string> demonym_places;   // "German" -> "Germany" (demonyms.txt)
    word_table<gender> name_genders, title_genders;

    x3::symbols<> const& table(word_list w) const;
    /// The first bytes of each table's entries (index: word_list), filled after loading.
    std::array<prefix_filter, 10> filters;
    prefix_filter const& filter(word_list w) const { return filters[static_cast<std::size_t>(w)]; }
};

/// Lines of the word list `name` ("en/hedges"), without comments, blank lines and surrounding
/// spaces; from the folder given to use_word_list_folder when it has the list.
std::vector<std::string_view> word_list_entries(std::string_view name);

/// The words of a word-list line, split at spaces.
std::vector<std::string_view> split_words(std::string_view line);

/// The lexicon, loaded on first call (thread-safe).
lexicon const& the_lexicon();

/// True for letters, marks and digits (any script): the characters of a word.
bool is_word_codepoint(char32_t c);
/// Decodes the code point at `p` (valid UTF-8 assumed; invalid bytes decode as U+FFFD, length 1).
char32_t decode_utf8(char const* p, char const* end, int& length);
bool is_upper_codepoint(char32_t c);

} // namespace verbatim::grammars
