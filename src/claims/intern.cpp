// claims/intern.cpp — the words of normal forms, each held once for the program's life: a corpus
// of a million claims names a few hundred thousand distinct words, and every list of a claim_form
// holds views of them (16 bytes) instead of strings of its own (32 bytes and often a heap block).
//
// One table behind a mutex; in front of it, per thread, a direct-mapped cache of 65,536 words
// (1.5 MB): news words follow Zipf's law, and most look-ups are answered there, without the lock
// or a walk through a large table (on 100k claims: 2.3M look-ups; a 4,096-word cache missed 46%).
#include <array>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_set>
#include <vector>

#include "verbatim/claims.hpp"

namespace verbatim {
namespace {

class word_pool {
public:
    std::string_view get(std::string_view s) {
        std::lock_guard lock(mutex_);
        if (auto it = words_.find(s); it != words_.end()) return *it;
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
        return *words_.emplace(at, s.size()).first;
    }

private:
    static constexpr std::size_t chunk_size = 1 << 16;
    std::mutex mutex_;
    // std::hash of a view counts as slow to libstdc++: the table keeps each word's hash beside it.
    std::unordered_set<std::string_view> words_;
    std::vector<std::unique_ptr<char[]>> chunks_, big_;
    std::size_t used_ = 0;
};

struct cache_slot {
    std::size_t hash = 0;
    std::string_view word;
};

} // namespace

std::string_view intern(std::string_view word) {
    if (word.empty()) return {};
    // Never destroyed: views handed out stay valid until the program ends (threads included).
    static auto* pool = new word_pool;
    // On the heap, made by the first look-up of a thread: threads that never intern (extraction
    // workers) carry no 1.5 MB of thread-local storage.
    thread_local auto cache = std::make_unique<std::array<cache_slot, 65536>>();
    auto hash = std::hash<std::string_view>{}(word);
    auto& slot = (*cache)[hash & (cache->size() - 1)];
    if (slot.hash == hash && slot.word == word) return slot.word;
    slot = {hash, pool->get(word)};
    return slot.word;
}

} // namespace verbatim
