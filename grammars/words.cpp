// grammars/words.cpp — the one definition of a word (word_end_at) and what the word lists say
// of a word (facts_of_word), remembered per thread by the word's letters.
#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <memory>
#include <vector>

#include "language.hpp"
#include "lexicon.hpp"
#include "primitives.hpp"

namespace verbatim::grammars {
namespace {

/// The names of the word classes, in the order of word_class (as word_classes.txt names them).
constexpr std::string_view class_names[] = {
    "article",
    "indefinite_article",
    "possessive_determiner",
    "definite_article",
    "ambiguous_possessive",
    "source_determiner",
    "medium_determiner",
    "not_after_infinitive_to",
    "auxiliary",
    "progressive_auxiliary",
    "passive_auxiliary",
    "subject_pronoun",
    "source_phrase_stop",
    "contracted_subject",
    "first_or_second_person",
    "pronoun_it",
    "coordinator",
    "and_word",
    "but_word",
    "alternative_coordinator",
    "opening_conjunction",
    "leading_conjunction",
    "contrast_conjunction",
    "adverbial_conjunction",
    "relative_pronoun",
    "relative_clause_opener",
    "relative_who",
    "complementizer",
    "reported_after_but",
    "concessive_conjunction",
    "clause_lead",
    "question_word",
    "asked_opener",
    "asked_after",
    "participle_lead",
    "hanging_phrase_opener",
    "manner_word",
    "while_word",
    "including",
    "by_word",
    "of_word",
    "to_word",
    "on_word",
    "as_word",
    "such_word",
    "against_word",
    "in_word",
    "modifying_preposition",
    "about_word",
    "topic_about",
    "speech_object_preposition",
    "for_word",
    "medium_preposition",
    "medium_noun",
    "recall_preposition",
    "approximator",
    "comparative_quantifier",
    "adjective_with",
    "adjective_to",
    "with_word",
    "title_small_word",
    "plain_say",
    "plain_said",
    "asked_cue",
    "calling_verb",
    "call_verb",
    "rail_verb",
    "speech_noun",
    "body_noun",
    "voice_noun",
    "count_noun",
    "death_word",
    "injury_word",
    "counted_person",
    "place_opener",
    "platform",
    "clock_word",
    "age_word",
    "naming_word",
    "affiliation_preposition",
    "news_media_noun",
    "relative_which",
    "irregular_participle"};
static_assert(std::size(class_names) == static_cast<std::size_t>(word_class::count));
static_assert(static_cast<std::size_t>(word_class::count) <= 128);

constexpr std::string_view form_names[] = {"participle", "past", "adverb", "plural", "double_s", "wise"};
static_assert(std::size(form_names) == static_cast<std::size_t>(word_form::count));

/// The single-word cue entries, numbered, and the first words of the entries of several words;
/// the words of each class; the first bytes of all of them (most words are none).
struct word_entries {
    std::vector<cue_match> values;
    word_table<std::int16_t> index;
    word_set first_words;
    word_table<std::array<std::uint64_t, 2>> classes;
    prefix_filter starts;
    std::array<std::vector<std::string>, static_cast<std::size_t>(word_form::count)> endings;
    std::array<bool, static_cast<std::size_t>(word_class::count)> class_has_words{};
    std::array<std::string, static_cast<std::size_t>(word_class::count)> first_words_of_class;
};

word_entries const& the_word_entries() {
    static word_entries const entries = [] {
        word_entries out;
        the_lexicon().cues.for_each([&](std::string const& entry, cue_value const& value) {
            out.starts.add(entry);
            if (auto space = entry.find(' '); space != std::string::npos) {
                out.first_words.insert(entry.substr(0, space));
                return;
            }
            out.index[entry] = static_cast<std::int16_t>(out.values.size());
            out.values.push_back(value);
        });
        auto read_lines = [](std::string_view list, auto const& names, auto&& use) {
            for (auto line : word_list_entries(list)) {
                auto colon = line.find(':');
                if (colon == std::string_view::npos) continue;
                auto name = line.substr(0, colon);
                while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
                auto it = std::find(std::begin(names), std::end(names), name);
                if (it == std::end(names)) continue; // (a class the engine does not ask about)
                for (auto w : split_words(line.substr(colon + 1))) use(static_cast<std::size_t>(it - std::begin(names)), w);
            }
        };
        read_lines("en/word_classes", class_names, [&](std::size_t k, std::string_view w) {
            out.classes[w][k / 64] |= std::uint64_t{1} << (k % 64);
            if (!out.class_has_words[k]) out.first_words_of_class[k] = std::string(w);
            out.class_has_words[k] = true;
            out.starts.add(w);
        });
        read_lines("en/word_forms", form_names, [&](std::size_t k, std::string_view w) { out.endings[k].emplace_back(w); });
        return out;
    }();
    return entries;
}

/// Facts of words met before, by their letters (direct-mapped; longer words are read each time).
struct facts_cache {
    static constexpr std::size_t slots = 16384, max_key = 22;
    struct entry {
        std::uint8_t length = 0; // 0: empty
        char key[max_key];
        word_facts facts;
    };
    std::vector<entry> entries = std::vector<entry>(slots);
};

word_facts read_facts(std::string_view word) {
    auto const& entries = the_word_entries();
    word_facts f;
    if (auto e = entries.index.find(word)) f.cue = e->second;
    f.opens_longer_cue = entries.first_words.contains(word);
    if (auto e = entries.classes.find(word)) f.classes[0] = e->second[0], f.classes[1] = e->second[1];
    return f;
}

} // namespace

namespace {

/// ASCII letters and digits: the bytes most words are made of.
constexpr auto ascii_word_bytes = [] {
    std::array<bool, 256> t{};
    for (int c = 0; c < 256; ++c) t[static_cast<std::size_t>(c)] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    return t;
}();

} // namespace

std::size_t word_end_at(std::string_view text, std::size_t pos, std::size_t limit) {
    limit = std::min(limit, text.size());
    char const* const first = text.data() + pos;
    char const* const last = text.data() + limit;
    if (first >= last) return pos;
    char const* p = first;
    if (!ascii_word_bytes[static_cast<unsigned char>(*p)] && !prim::is_word_at(p, last)) return pos;
    for (;;) {
        while (p < last && ascii_word_bytes[static_cast<unsigned char>(*p)]) ++p; // (most of a word)
        if (p >= last) break;
        auto const b = static_cast<unsigned char>(*p);
        if (b >= 0x80 && prim::is_word_at(p, last)) {
            int n = 0;
            decode_utf8(p, last, n);
            p += n;
        } else if (b == '-' && prim::is_word_at(p + 1, last)) {
            ++p;
        } else if (int a = prim::apostrophe_at(p, last); a && prim::is_word_at(p + a, last)) {
            p += a;
        } else {
            break;
        }
    }
    return static_cast<std::size_t>(p - text.data());
}

namespace {

word_facts facts_of_long_word(std::string_view word) {
    // (most words are no entry: the entries' first three bytes say so without a look-up)
    static prefix_filter const& starts = the_word_entries().starts;
    if (!starts.may_be_long_entry(word.data())) return {};
    if (word.size() > facts_cache::max_key) return read_facts(word);
    thread_local std::unique_ptr<facts_cache> cache = std::make_unique<facts_cache>();
    std::uint64_t const h = word_hash{}(word);
    auto& e = cache->entries[(h ^ (h >> 29U)) % facts_cache::slots];
    if (e.length == word.size() && std::equal(word.begin(), word.end(), e.key)) return e.facts;
    e.length = static_cast<std::uint8_t>(word.size());
    std::copy(word.begin(), word.end(), e.key);
    e.facts = read_facts(word);
    return e.facts;
}

} // namespace

word_facts word_facts_reader::facts_of_short(std::string_view word, std::uint64_t key) {
    auto& e = short_[(key * 0x9E3779B97F4A7C15ULL) >> (64U - short_bits)];
    if (e.key == key && e.length == word.size()) return e.facts;
    e.key = key;
    e.length = static_cast<std::uint8_t>(word.size());
    // (most words are no entry: the entries' first three bytes say so without a look-up; a shorter
    // word may be a class word or open a cue of several words, "as quoted by")
    static prefix_filter const& starts = the_word_entries().starts;
    e.facts = word.size() >= 3 && !starts.may_be_long_entry(word.data()) ? word_facts{} : read_facts(word);
    return e.facts;
}

word_facts word_facts_reader::facts(std::string_view word) {
    if (word.empty()) return {};
    if (word.size() > 8) return facts_of_long_word(word);
    std::uint64_t key = 0;
    for (std::size_t i = 0; i < word.size(); ++i) key |= std::uint64_t{static_cast<unsigned char>(word[i])} << (8U * i);
    return facts_of_short(word, key);
}

word_facts_reader::word_facts_reader() : short_(std::size_t{1} << short_bits) {}

word_facts_reader& this_thread_facts_reader() {
    thread_local word_facts_reader reader;
    return reader;
}

word_facts facts_of_word(std::string_view word) { return this_thread_facts_reader().facts(word); }

cue_match const& cue_of_entry(std::int16_t index) { return the_word_entries().values[static_cast<std::size_t>(index)]; }

std::string_view first_in_class(word_class c) { return the_word_entries().first_words_of_class[static_cast<std::size_t>(c)]; }

bool has_form(std::string_view word, word_form f) {
    for (auto const& ending : the_word_entries().endings[static_cast<std::size_t>(f)])
        if (word.ends_with(ending)) return true;
    return false;
}

std::vector<std::string_view> classes_without_words() {
    auto const& entries = the_word_entries();
    std::vector<std::string_view> out;
    for (std::size_t k = 0; k < std::size(class_names); ++k)
        if (!entries.class_has_words[k]) out.push_back(class_names[k]);
    for (std::size_t k = 0; k < std::size(form_names); ++k)
        if (entries.endings[k].empty()) out.push_back(form_names[k]);
    return out;
}

} // namespace verbatim::grammars
