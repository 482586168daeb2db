// grammars/words.cpp — the one definition of a word (word_end_at) and what the word lists say
// of a word (facts_of_word), remembered per thread by the word's letters.
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

/// The single-word cue entries, numbered, and the first words of the entries of several words.
struct cue_entries {
    std::vector<cue_match> values;
    word_table<std::int16_t> index;
    word_set first_words;
};

cue_entries const& the_cue_entries() {
    static cue_entries const entries = [] {
        cue_entries out;
        the_lexicon().cues.for_each([&](std::string const& entry, cue_value const& value) {
            if (auto space = entry.find(' '); space != std::string::npos) {
                out.first_words.insert(entry.substr(0, space));
                return;
            }
            out.index[entry] = static_cast<std::int16_t>(out.values.size());
            out.values.push_back(value);
        });
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
    auto const& cues = the_cue_entries();
    word_facts f;
    if (auto e = cues.index.find(word)) f.cue = e->second;
    f.opens_longer_cue = cues.first_words.contains(word);
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
    // (most words open no cue entry: the cue table's first three bytes say so without a look-up)
    static prefix_filter const& cue_starts = the_lexicon().filter(word_list::cues);
    if (!cue_starts.may_match(word.data(), word.data() + word.size())) return {};
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
    // (most words open no cue entry: the cue table's first three bytes say so without a look-up;
    // a shorter word may open an entry of several words, "as quoted by")
    static prefix_filter const& cue_starts = the_lexicon().filter(word_list::cues);
    e.facts = word.size() >= 3 && !cue_starts.may_match(word.data(), word.data() + word.size()) ? word_facts{} : read_facts(word);
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

cue_match const& cue_of_entry(std::int16_t index) { return the_cue_entries().values[static_cast<std::size_t>(index)]; }

} // namespace verbatim::grammars
