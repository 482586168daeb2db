// lexicon.hpp — the word lists of grammars/<lang>/ as X3 symbol tables and sets, filled once
// at first use (from the compiled-in lists, or a folder named by use_word_list_folder).
// Internal to grammars/: includes X3.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "config.hpp"
#include "language.hpp"

namespace verbatim::grammars {

enum class word_list { cues, pronouns, titles, roles, groups, modifiers, adverbs, function_words, source_nouns, lower_function_words };

struct cue_value {
    cue_class kind = cue_class::speech;
    bool takes_object = false;
    bool bare_clause = false;
    bool naming = false;
    bool source_only = false;
    bool question = false;
};

/// A set of words looked up by string_view without building a string (heterogeneous lookup).
struct word_hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};
using word_set = std::unordered_set<std::string, word_hash, std::equal_to<>>;

struct lexicon {
    x3::symbols<cue_value> cues;
    x3::symbols<gender> pronouns;
    x3::symbols<> titles, roles, groups, modifiers, adverbs, function_words, source_nouns, lower_function_words;

    word_set places, organizations, org_heads, title_set, role_set, group_set,
        function_set, source_set, abbreviations, clause_openers, prepositions, time_words, time_leads, finite_verbs,
        time_counts, time_units, time_relatives, common_words, subordinators;
    std::unordered_map<std::string, gender, word_hash, std::equal_to<>> pronoun_map;
    std::unordered_map<std::string, std::string, word_hash, std::equal_to<>> canonical_places; // alias -> canonical
    std::unordered_map<std::string, gender, word_hash, std::equal_to<>> name_genders, title_genders;

    x3::symbols<> const& table(word_list w) const;
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
