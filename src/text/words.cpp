// text/words.cpp — the word table of a window: one pass over its sentences' bytes.
#include "text/words.hpp"

#include <algorithm>
#include <array>
#include <cstring>

namespace verbatim::text {
namespace {

/// What a byte may be the start or part of: an ASCII letter or digit (most words), a byte of a
/// multi-byte character or a joiner (a hyphen, an apostrophe: the word's end is then read by
/// grammars::word_end_at), or nothing of a word.
enum class byte_class : std::uint8_t { other, letter, special };

constexpr auto byte_classes = [] {
    std::array<byte_class, 256> t{};
    for (int c = 0; c < 256; ++c) {
        bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        t[static_cast<std::size_t>(c)] = letter ? byte_class::letter : c >= 0x80 || c == '-' || c == '\'' ? byte_class::special : byte_class::other;
    }
    return t;
}();

byte_class class_of(char c) { return byte_classes[static_cast<unsigned char>(c)]; }

} // namespace

word_table::word_table(std::string_view text, article_layout const& layout, text_window const& window)
    : first_sentence_(window.first_sentence) {
    auto& reader = grammars::this_thread_facts_reader();
    // (a word of up to eight bytes is looked up by its bytes as a number: read as one load where
    // the text goes on for eight more bytes)
    auto facts_of = [&](std::string_view t, std::size_t b, std::size_t e) {
        std::size_t const n = e - b;
        if (n > 8) return reader.facts(t.substr(b, n));
        std::uint64_t key = 0;
        if (b + 8 <= t.size()) {
            std::memcpy(&key, t.data() + b, 8);
            if (n < 8) key &= (std::uint64_t{1} << (8U * n)) - 1;
        } else {
            for (std::size_t i = 0; i < n; ++i) key |= std::uint64_t{static_cast<unsigned char>(t[b + i])} << (8U * i);
        }
        return reader.facts_of_short(t.substr(b, n), key);
    };
    words_.reserve((window.end - window.begin) / 6 + 1);
    first_.reserve(window.last_sentence - window.first_sentence + 1);
    // The top-level quotations, in text order (they do not overlap): a word from an opening mark
    // to the end of its closing one is inside. (One may open before the window and run into it.)
    auto const& quotes = layout.quotes;
    std::size_t const start = window.first_sentence < window.last_sentence ? layout.sentences[window.first_sentence].begin : window.end;
    auto opens_before = [](quote_span const& q, std::size_t pos) { return q.open < pos; };
    auto qi = static_cast<std::size_t>(std::lower_bound(quotes.begin(), quotes.end(), start, opens_before) - quotes.begin());
    while (qi > 0 && (quotes[qi - 1].depth != 0 || quotes[qi - 1].close_end > start)) --qi;
    // (the next top-level quotation: words from its opening mark to the end of its closing one are inside)
    auto next_top = [&] {
        while (qi < quotes.size() && quotes[qi].depth != 0) ++qi;
    };
    next_top();
    for (std::size_t si = window.first_sentence; si < window.last_sentence; ++si) {
        first_.push_back(static_cast<std::uint32_t>(words_.size()));
        auto const& s = layout.sentences[si];
        std::size_t pos = s.begin;
        while (pos < s.end) {
            auto const c = class_of(text[pos]);
            if (c == byte_class::other || (c == byte_class::special && static_cast<unsigned char>(text[pos]) < 0x80)) {
                ++pos; // (blanks and punctuation: most bytes that start no word; a word starts with no joiner)
                continue;
            }
            std::size_t end = pos;
            while (end < s.end && class_of(text[end]) == byte_class::letter) ++end;
            if (end == pos || (end < s.end && class_of(text[end]) == byte_class::special)) {
                end = grammars::word_end_at(text, pos, s.end); // (a letter of another script, a joiner)
                if (end == pos) {
                    ++pos;
                    while (pos < s.end && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) ++pos;
                    continue;
                }
            }
            while (qi < quotes.size() && quotes[qi].close_end <= pos) {
                ++qi;
                next_top();
            }
            if (qi < quotes.size() && quotes[qi].open <= pos) {
                // Inside a quotation: on to its end (and past a word that runs on from inside it)
                pos = std::max(end, std::min<std::size_t>(quotes[qi].close_end, s.end));
                while (pos < s.end && class_of(text[pos - 1]) == byte_class::letter && class_of(text[pos]) == byte_class::letter) ++pos;
                continue;
            }
            word w;
            w.begin = static_cast<std::uint32_t>(pos);
            w.end = static_cast<std::uint32_t>(end);
            auto facts = facts_of(text, pos, end);
            // "Saying …, the president added": a participle opening the sentence in capitals is
            // the cue its lower-case form is
            if (facts.cue < 0 && words_.size() == first_.back() && text[pos] >= 'A' && text[pos] <= 'Z' && end - pos > 4 &&
                text.substr(pos, end - pos).ends_with("ing")) {
                std::string lower(text.substr(pos, end - pos));
                lower[0] = static_cast<char>(lower[0] - 'A' + 'a');
                auto const low = facts_of(lower, 0, lower.size());
                facts.cue = low.cue;
            }
            w.cue = facts.cue;
            w.opens_longer_cue = facts.opens_longer_cue;
            words_.push_back(w);
            pos = end;
        }
    }
    first_.push_back(static_cast<std::uint32_t>(words_.size()));
}

word const* word_table::starting_at(std::size_t s, std::size_t pos) const {
    auto ws = of_sentence(s);
    auto it = std::lower_bound(ws.begin(), ws.end(), pos, [](word const& w, std::size_t p) { return w.begin < p; });
    return it != ws.end() && it->begin == pos ? &*it : nullptr;
}

} // namespace verbatim::text
