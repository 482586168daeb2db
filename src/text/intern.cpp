// text/intern.cpp — the words of normal forms, each held once for the program's life: a corpus
// of a million claims names a few hundred thousand distinct words, and every list of a claim_form
// holds their numbers (word_view, 4 bytes) instead of strings of its own (32 bytes and often a
// heap block) or views (16 bytes).
//
// One table behind a mutex; in front of it, per thread, a direct-mapped cache of 65,536 words
// (1 MB): news words follow Zipf's law, and most look-ups are answered there, without the lock
// or a walk through a large table (on 100k claims: 2.3M look-ups; a 4,096-word cache missed 46%).
// A word's text is found from its number in a table of chunks that never move: a reader needs no
// lock (whoever holds a number got it after the word was written).
#include <array>
#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "verbatim/words.hpp"

namespace verbatim {
namespace {

struct word_entry {
    char const* data = nullptr;
    std::size_t size = 0;
};

constexpr unsigned entry_bits = 16; // 65,536 words per chunk, 65,536 chunks: every 32-bit number
constexpr std::uint32_t entry_mask = (1u << entry_bits) - 1;
std::array<std::atomic<word_entry*>, std::size_t{1} << (32 - entry_bits)> entry_chunks{};

class word_pool {
public:
    std::uint32_t get(std::string_view s) {
        std::lock_guard lock(mutex_);
        if (auto it = words_.find(s); it != words_.end()) return it->second;
        char* at = nullptr;
        if (s.size() > chunk_size / 4) { // a long word gets a block of its own
            at = big_.emplace_back(std::make_unique<char[]>(s.size())).get();
        } else {
            if (chunks_.empty() || used_ + s.size() > chunk_size) {
                chunks_.push_back(std::make_unique<char[]>(chunk_size));
                used_ = 0;
            }
            at = chunks_.back().get() + used_;
            used_ += s.size();
        }
        std::copy(s.begin(), s.end(), at);
        std::uint32_t id = next_++;
        auto& chunk = entry_chunks[id >> entry_bits];
        if (!chunk.load(std::memory_order_relaxed)) chunk.store(new word_entry[entry_mask + 1], std::memory_order_release);
        chunk.load(std::memory_order_relaxed)[id & entry_mask] = {at, s.size()};
        words_.emplace(std::string_view(at, s.size()), id);
        return id;
    }

private:
    static constexpr std::size_t chunk_size = 1 << 16;
    std::mutex mutex_;
    // std::hash of a view counts as slow to libstdc++: the table keeps each word's hash beside it.
    std::unordered_map<std::string_view, std::uint32_t> words_;
    std::vector<std::unique_ptr<char[]>> chunks_, big_;
    std::size_t used_ = 0;
    std::uint32_t next_ = 1; // 0 is the empty word
};

struct cache_slot {
    std::size_t hash = 0;
    word_view word;
};

} // namespace

std::string_view word_view::view() const noexcept {
    if (id_ == 0) return {};
    auto const& e = entry_chunks[id_ >> entry_bits].load(std::memory_order_acquire)[id_ & entry_mask];
    return {e.data, e.size};
}

word_view intern(std::string_view word) {
    if (word.empty()) return {};
    // Never destroyed: words handed out stay valid until the program ends (threads included).
    static auto* pool = new word_pool;
    // On the heap, made by the first look-up of a thread: threads that never intern (extraction
    // workers) carry no megabyte of thread-local storage.
    thread_local auto cache = std::make_unique<std::array<cache_slot, 65536>>();
    auto hash = std::hash<std::string_view>{}(word);
    auto& slot = (*cache)[hash & (cache->size() - 1)];
    if (slot.hash == hash && !slot.word.empty() && slot.word.view() == word) return slot.word;
    slot = {hash, word_view(pool->get(word))};
    return slot.word;
}

} // namespace verbatim
