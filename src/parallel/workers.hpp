// parallel/workers.hpp — the one way Verbatim puts work on several threads: blocks of an index
// range taken in turn (the tracker's normalising and matching), and an ordered stream whose items
// are worked on by N threads and handed on in the order they came (the corpus pipeline). Either
// gives the same result for any number of threads.
//
//   verbatim::parallel::parallel_for(claims.size(), jobs, [&](std::size_t i) { analyse(claims[i]); });
//   verbatim::parallel::ordered_stream<job, result> s(jobs, work, hand_on, {.capacity = 8});
//   s.push(std::move(j), bytes); /* ... */ s.finish();
#pragma once

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace verbatim::parallel {

/// Runs blocks [0, blocks) on `jobs` threads (this one among them), each taking the next block
/// in turn: every thread gets its own worker from make_worker() (a callable taking a block
/// number, with its own scratch).
template <typename M> void run_blocks(std::size_t blocks, unsigned jobs, M&& make_worker) {
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        auto worker = make_worker();
        for (std::size_t b = next++; b < blocks; b = next++) worker(b);
    };
    std::vector<std::thread> threads;
    for (unsigned t = 1; t < std::max(1u, jobs); ++t) threads.emplace_back(work);
    work();
    for (auto& t : threads) t.join();
}

/// The indices one block of parallel_for holds.
inline constexpr std::size_t block_size = 256;

/// Runs f(i) for i in [0, n) on `jobs` threads, in blocks of block_size.
template <typename F> void parallel_for(std::size_t n, unsigned jobs, F&& f) {
    run_blocks((n + block_size - 1) / block_size, jobs, [&] {
        return [&](std::size_t b) {
            for (std::size_t i = b * block_size; i < std::min(n, (b + 1) * block_size); ++i) f(i);
        };
    });
}

/// How much an ordered_stream holds at once: items pushed but not yet handed on.
struct stream_limits {
    std::size_t capacity = 8;                          ///< items in flight
    std::size_t max_bytes = std::size_t{64} << 20U;    ///< their bytes (as push() tells them)
};

/// Items pushed on this thread are worked on by `jobs` threads (`work(In&&) -> Out`) and handed
/// on (`hand_on(Out&&)`) on this thread, in the order they were pushed, between pushes and in
/// finish(). At most `limits` are in flight: push() waits (handing on what is done) when full, so
/// memory stays bounded by the work in flight, whatever the length of the stream.
template <typename In, typename Out> class ordered_stream {
public:
    template <typename Work, typename HandOn>
    ordered_stream(unsigned jobs, Work work, HandOn hand_on, stream_limits limits = {})
        : hand_on_(std::move(hand_on)), limits_(limits) {
        for (unsigned w = 0; w < std::max(1u, jobs); ++w)
            workers_.emplace_back([this, work] {
                for (;;) {
                    std::pair<std::size_t, In> item;
                    {
                        std::unique_lock lock(mutex_);
                        work_ready_.wait(lock, [&] { return !queue_.empty() || closed_; });
                        if (queue_.empty()) return;
                        item = std::move(queue_.front());
                        queue_.pop_front();
                    }
                    Out out = work(std::move(item.second));
                    {
                        std::lock_guard lock(mutex_);
                        done_.emplace(item.first, std::move(out));
                    }
                    result_ready_.notify_all();
                }
            });
    }
    ordered_stream(ordered_stream const&) = delete;
    ordered_stream& operator=(ordered_stream const&) = delete;
    ~ordered_stream() { stop(); }

    /// Hands on what is done so far, in order, without waiting.
    void hand_on_ready() { hand_on_done(false); }

    /// Queues one item of `bytes` bytes, first handing on what is done (and waiting while full).
    void push(In item, std::size_t bytes) {
        for (;;) {
            hand_on_ready();
            std::unique_lock lock(mutex_);
            if (in_flight_ == 0 || (in_flight_ < limits_.capacity && bytes_in_flight_ + bytes <= limits_.max_bytes)) break;
            // Full: wait for the next item in order to be done, then hand it on.
            result_ready_.wait(lock, [&] { return done_.contains(handed_on_); });
        }
        {
            std::lock_guard lock(mutex_);
            ++in_flight_;
            bytes_in_flight_ += bytes;
            bytes_of_.emplace(next_seq_, bytes);
            queue_.emplace_back(next_seq_++, std::move(item));
        }
        work_ready_.notify_one();
    }

    /// Waits for every item pushed so far and hands them all on; more may be pushed after.
    void drain() {
        while (handed_on_ < next_seq_) hand_on_done(true);
    }

    /// Waits for every item pushed and hands them all on; the threads end.
    void finish() {
        drain();
        stop();
    }

private:
    void hand_on_done(bool wait) {
        for (;;) {
            std::optional<Out> out;
            {
                std::unique_lock lock(mutex_);
                if (wait) result_ready_.wait(lock, [&] { return done_.contains(handed_on_) || handed_on_ == next_seq_; });
                auto it = done_.find(handed_on_);
                if (it == done_.end()) return;
                out.emplace(std::move(it->second));
                done_.erase(it);
                --in_flight_;
                auto bytes = bytes_of_.find(handed_on_);
                bytes_in_flight_ -= bytes->second;
                bytes_of_.erase(bytes);
            }
            hand_on_(std::move(*out));
            ++handed_on_;
        }
    }
    void stop() {
        {
            std::lock_guard lock(mutex_);
            closed_ = true;
        }
        work_ready_.notify_all();
        for (auto& t : workers_)
            if (t.joinable()) t.join();
    }

    std::function<void(Out&&)> hand_on_;
    stream_limits limits_;
    std::mutex mutex_;
    std::condition_variable work_ready_, result_ready_;
    std::deque<std::pair<std::size_t, In>> queue_;
    std::map<std::size_t, Out> done_;
    std::map<std::size_t, std::size_t> bytes_of_;
    std::size_t in_flight_ = 0, bytes_in_flight_ = 0, next_seq_ = 0, handed_on_ = 0;
    bool closed_ = false;
    std::vector<std::thread> workers_;
};

} // namespace verbatim::parallel
