// report/codepoints.hpp — byte offsets to code point offsets, as the records print them.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string_view>
#include <vector>

namespace verbatim {

/// Byte -> code point offsets for one document: a checkpoint every 256 bytes keeps lookups short
/// and memory small however long the article.
class codepoint_index {
public:
    explicit codepoint_index(std::string_view text) : text_(text) {
        std::size_t count = 0;
        checkpoints_.reserve(text.size() / step + 1);
        for (std::size_t block = 0; block < text.size(); block += step) {
            checkpoints_.push_back(count);
            count = count_from(block, count, std::min(block + step, text.size()));
        }
    }
    std::size_t operator()(std::size_t byte) const {
        byte = std::min(byte, text_.size());
        std::size_t block = byte / step;
        if (block >= checkpoints_.size()) return count_from(0, 0, byte);
        return count_from(block * step, checkpoints_[block], byte);
    }

private:
    std::size_t count_from(std::size_t from, std::size_t count, std::size_t byte) const {
        for (std::size_t i = from; i < byte; ++i)
            if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++count;
        return count;
    }
    static constexpr std::size_t step = 256;
    std::string_view text_;
    std::vector<std::size_t> checkpoints_;
};

} // namespace verbatim
