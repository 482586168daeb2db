// text/segment.hpp — paragraphs, quotation spans and sentences of an article, as byte spans.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "verbatim/document.hpp"
#include "verbatim/quotation.hpp"

namespace verbatim::text {

// Offsets in the layout are 32-bit: a document is at most 256 MiB (ingest's limit), and a long
// one holds millions of quotations and sentences (a 50 MB transcript: 3 million of each).

/// A pair of quotation marks (or an opening mark left open until its paragraph ends).
struct quote_span {
    std::uint32_t open = 0;        ///< byte offset of the opening mark
    std::uint32_t inner_begin = 0; ///< first byte after the opening mark
    std::uint32_t inner_end = 0;   ///< the closing mark, or the paragraph end when left open
    std::uint32_t close_end = 0;   ///< first byte after the closing mark (== inner_end when open)
    std::uint32_t paragraph = 0;
    std::int32_t continues = -1;   ///< index of the quote this one continues (multi-paragraph quote)
    std::uint16_t depth = 0;       ///< 0 for a quote not inside another (deeper ones count as 65,535)
    bool closed = false;
};

struct sentence {
    sentence() = default;
    sentence(std::size_t b, std::size_t e, std::size_t p)
        : begin(static_cast<std::uint32_t>(b)), end(static_cast<std::uint32_t>(e)), paragraph(static_cast<std::uint32_t>(p)) {}
    std::uint32_t begin = 0, end = 0; ///< without the trailing blank
    std::uint32_t paragraph = 0;
};

/// The structure of one article that later stages read instead of re-scanning the text.
struct article_layout {
    std::vector<text_span> paragraphs;
    std::vector<quote_span> quotes;    ///< in text order of their opening marks
    std::vector<sentence> sentences;   ///< never split inside a quotation
    /// The first paragraph is the article's headline: one sentence of at most 20 words, with
    /// more paragraphs after it. (Its attribution reads "Berg: …" / "Berg Says …"; capitals in a
    /// headline in title case name no one.)
    bool headline = false;
};

/// Words (runs of bytes other than blanks and line breaks) in `span`; counting stops at `limit`
/// (callers that compare the count with a small number need not read a long clause to its end).
std::size_t count_words(std::string_view text, text_span span, std::size_t limit = static_cast<std::size_t>(-1));

/// A stretch of an article read as a unit: its sentences [first_sentence, last_sentence) and the
/// bytes [begin, end) they stand in (the first window begins at 0, the last ends at the text's
/// end). An article is read in windows so that what is held at once is bounded by the window,
/// not the article; the rules look no further back than a window (a paragraph or two).
struct text_window {
    std::size_t first_sentence = 0, last_sentence = 0;
    std::size_t begin = 0, end = 0;
};

/// The windows of an article, in text order: one for an article of up to `max_bytes` (every
/// real article); a longer one is cut at a paragraph's first sentence once a window holds
/// `max_bytes`, or at any sentence once it holds a quarter more (a paragraph of megabytes).
std::vector<text_window> windows_of(article_layout const& layout, std::size_t text_size, std::size_t max_bytes);

/// Whether the headline is in title case: three words or more, at most 300 bytes, every word of
/// four letters or more capitalised ("Post Hit Piece Exploits Trump").
bool headline_in_title_case(std::string_view text, article_layout const& layout);

/// Paragraphs of `text` from `from` on: one per line, or, in hard-wrapped text, one per
/// block between blank lines. Spans exclude line breaks and surrounding blanks.
std::vector<text_span> split_paragraphs(std::string_view text, std::size_t from);

/// Pairs quotation marks within each paragraph. Apostrophes (Kyiv’s, don’t, ’90s) are not
/// marks. An unclosed quote ends with its paragraph; one that the next paragraph reopens is
/// linked to it (news convention for quotes over several paragraphs).
std::vector<quote_span> find_quote_spans(std::string_view text, std::span<text_span const> paragraphs,
                                         std::vector<diagnostic>* notes = nullptr, std::string_view origin = {},
                                         std::size_t first_line = 1, bool lines_in_file = true);

/// Sentences of each paragraph; a sentence break never falls inside a quotation.
std::vector<sentence> split_sentences(std::string_view text, std::span<text_span const> paragraphs,
                                      std::span<quote_span const> quotes);

article_layout lay_out(document const& doc, std::vector<diagnostic>* notes = nullptr);

/// 1-based line of byte `pos` (counting from `first_line` at byte 0).
std::size_t line_of(std::string_view text, std::size_t pos, std::size_t first_line = 1);

} // namespace verbatim::text
