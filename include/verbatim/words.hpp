// verbatim/words.hpp — strings held once for the program's life, by number: the words of claim
// forms, and the speaker and article names a corpus repeats a million times.
//
//   auto w = verbatim::intern("treaty");   // the same number wherever "treaty" is interned
//   std::string_view text = w;             // its text, valid until the program ends
#pragma once

#include <compare>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string_view>

namespace verbatim {

/// A word (or any string) held once: the number of the program's one copy of it (see intern()),
/// 4 bytes where a view would take 16 — a corpus holds a million claim forms of some fifty words
/// each. Equal words have equal numbers: == compares numbers, < and <=> the words' text (so that
/// sorted lists do not depend on which thread met a word first). Reads as a std::string_view,
/// valid until the program ends; copies freely.
class word_view {
public:
    constexpr word_view() noexcept = default; ///< the empty word
    /// The word's text.
    std::string_view view() const noexcept;
    operator std::string_view() const noexcept { return view(); }
    bool empty() const noexcept { return id_ == 0; }
    std::size_t size() const noexcept { return view().size(); }
    /// The word's number: 0 for the empty word, then 1, 2, ... in the order the program met them.
    std::uint32_t id() const noexcept { return id_; }

    friend bool operator==(word_view a, word_view b) noexcept { return a.id_ == b.id_; }
    friend bool operator==(word_view a, std::string_view b) noexcept { return a.view() == b; }
    friend std::strong_ordering operator<=>(word_view a, word_view b) noexcept {
        return a.id_ == b.id_ ? std::strong_ordering::equal : a.view() <=> b.view();
    }

private:
    friend word_view intern(std::string_view word);
    explicit word_view(std::uint32_t id) noexcept : id_(id) {}
    std::uint32_t id_ = 0;
};

/// The program-wide copy of `word` (empty for an empty word): equal words give the same number
/// and views of the same bytes, valid until the program ends. Thread-safe. The pool grows with
/// the vocabulary seen, not with the number of claims.
word_view intern(std::string_view word);

} // namespace verbatim

/// Words hash by their numbers.
template <> struct std::hash<verbatim::word_view> {
    std::size_t operator()(verbatim::word_view w) const noexcept { return w.id(); }
};
