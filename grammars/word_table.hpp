// word_table.hpp — the word lists' sets and maps: filled once, then looked up by string_view
// millions of times. Open addressing in one array (a probe usually touches one cache line,
// where a node-based std::unordered_set follows two or three pointers), keys in a stable store.
// Internal to grammars/.
#pragma once

#include <algorithm>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace verbatim::grammars {

/// FNV-1a, inline: the words looked up are short.
struct word_hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept {
        std::uint64_t h = 0xcbf29ce484222325ULL;
        for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
        return static_cast<std::size_t>(h);
    }
};

/// A map from words to V (an empty struct for a set). `find` gives a pointer to the entry
/// (`first`: the word, `second`: its value), or `end()` (null).
template <typename V> class word_table {
public:
    word_table() = default;
    word_table(word_table&&) noexcept = default;
    word_table& operator=(word_table&&) noexcept = default;
    word_table(word_table const&) = delete; // (its entries point into its own store)
    word_table& operator=(word_table const&) = delete;

    struct entry {
        std::string_view first; // empty data(): a free slot
        V second{};
        std::uint64_t hash = 0;
    };

    entry const* find(std::string_view key) const {
        if (size_ == 0) return nullptr;
        auto const h = word_hash{}(key);
        // Most words asked about are not in the list: a bit array small enough to stay in the
        // cache says so without touching the entries.
        if (!((filter_[(h >> 38U) & filter_mask_] >> (h >> 58U)) & 1U)) return nullptr;
        for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
            auto const& e = slots_[i];
            if (e.first.data() == nullptr) return nullptr;
            if (e.hash == h && e.first == key) return &e;
        }
    }
    entry const* end() const { return nullptr; }
    bool contains(std::string_view key) const { return find(key) != nullptr; }
    /// Calls f(word) for each entry.
    template <typename F> void for_each(F&& f) const {
        for (auto const& e : slots_)
            if (e.first.data() != nullptr) f(e.first);
    }
    std::size_t size() const { return size_; }

    /// The value of `key`, inserted (default) when missing.
    V& operator[](std::string_view key) { return slot_for(key).second; }
    /// Adds `key` (a set's insert); false when it was there.
    bool insert(std::string_view key) {
        auto const before = size_;
        slot_for(key);
        return size_ != before;
    }
    bool emplace(std::string_view key) { return insert(key); }

private:
    entry& slot_for(std::string_view key) {
        if ((size_ + 1) * 2 > slots_.size()) grow();
        auto const h = word_hash{}(key);
        for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
            auto& e = slots_[i];
            if (e.first.data() == nullptr) {
                e.first = store_.emplace_back(key);
                e.hash = h;
                ++size_;
                mark(h);
                return e;
            }
            if (e.hash == h && e.first == key) return e;
        }
    }
    void grow() {
        std::vector<entry> old = std::move(slots_);
        slots_.assign(old.empty() ? 64 : old.size() * 2, entry{});
        mask_ = slots_.size() - 1;
        // (four bits a slot, eight to sixteen an entry)
        filter_.assign(std::max<std::size_t>(1, slots_.size() / 16), 0);
        filter_mask_ = filter_.size() - 1;
        for (auto& e : old) {
            if (e.first.data() == nullptr) continue;
            std::size_t i = e.hash & mask_;
            while (slots_[i].first.data() != nullptr) i = (i + 1) & mask_;
            mark(e.hash);
            slots_[i] = std::move(e);
        }
    }
    void mark(std::uint64_t h) { filter_[(h >> 38U) & filter_mask_] |= std::uint64_t{1} << (h >> 58U); }

    std::vector<entry> slots_;
    std::size_t mask_ = 0, size_ = 0;
    std::vector<std::uint64_t> filter_; // one bit per hash (of other bits than the slot's)
    std::size_t filter_mask_ = 0;
    std::deque<std::string> store_; // the keys (stable addresses)
};

struct no_value {};
using word_set = word_table<no_value>;

} // namespace verbatim::grammars
