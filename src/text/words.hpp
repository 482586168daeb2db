// text/words.hpp — the words of an article outside its quotations, read once: where each is
// (its sentence) and what the word lists say of it (the cue it is), for every rule to read by
// index instead of scanning the text again. A word is what grammars::word_end_at says; the words
// inside a quotation are not in the table (no rule reads them as the writer's words).
//
//   text::word_table words(doc.text, layout, window);
//   for (auto const& w : words.of_sentence(3)) if (w.cue >= 0) { /* a cue word */ }
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "language.hpp"
#include "text/segment.hpp"

namespace verbatim::text {

/// One word of an article, outside its quotations.
struct word {
    std::uint32_t begin = 0, end = 0; ///< bytes (in the quotation marks' sentence: before the
                                      ///< opening mark or after the closing one)
    std::int16_t cue = -1;            ///< the cue entry the whole word is (grammars::cue_of_entry), or -1
    bool opens_longer_cue = false;    ///< an entry of several words starts with it ("according")
};
static_assert(sizeof(word) <= 16); // (a window's words stay small)

/// The words of one window of an article (text::windows_of), sentence by sentence.
class word_table {
public:
    word_table(std::string_view text, article_layout const& layout, text_window const& window);

    /// The words of sentence `s` (an index into the layout's sentences, inside the window).
    std::span<word const> of_sentence(std::size_t s) const {
        auto const k = s - first_sentence_;
        return {words_.data() + first_[k], words_.data() + first_[k + 1]};
    }
    /// The word of sentence `s` that starts at byte `pos`, or null.
    word const* starting_at(std::size_t s, std::size_t pos) const;
    std::size_t size() const { return words_.size(); }

private:
    std::vector<word> words_;
    std::vector<std::uint32_t> first_; ///< where each sentence's words begin (one more at the end)
    std::size_t first_sentence_ = 0;
};

} // namespace verbatim::text
