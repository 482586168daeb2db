#include <array>
#include <memory>

#include "speaker/speaker_def.hpp"

namespace verbatim::grammars {
namespace parser {
BOOST_SPIRIT_INSTANTIATE(tagged_word_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(adverbs_type, iterator_type, context_type)
} // namespace parser

parser::tagged_word_type const& tagged_word_rule() { return parser::tagged_word; }

std::size_t word_key_end(std::string_view text, std::size_t pos) {
    static constexpr auto in_key = [] { // ASCII bytes of a key; bytes >= 0x80 are decoded
        std::array<bool, 128> t{};
        for (int c = 0; c < 128; ++c)
            t[static_cast<std::size_t>(c)] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                                             c == '-' || c == '\'' || c == '.';
        return t;
    }();
    std::size_t e = pos;
    while (e < text.size()) {
        auto const b = static_cast<unsigned char>(text[e]);
        if (b < 0x80) {
            if (!in_key[b]) break;
            ++e;
            continue;
        }
        int n = 0;
        char32_t c = decode_utf8(text.data() + e, text.data() + text.size(), n);
        if (!is_word_codepoint(c) && c != U'\u2019') break;
        e += static_cast<std::size_t>(std::max(n, 1));
    }
    return e;
}

bool tag_reads_past_word(std::string_view key) {
    static word_set const context_words = [] {
        word_set out;
        // An entry whose characters go on past what a word key holds ("close to", "AT&T"):
        // the key it starts with is tagged by what follows it.
        auto add_prefix = [&](std::string const& entry) {
            auto e = word_key_end(entry, 0);
            if (e < entry.size() && e > 0) out.emplace(entry.substr(0, e));
        };
        auto const& lx = the_lexicon();
        for (auto w : {word_list::titles, word_list::roles, word_list::groups, word_list::modifiers, word_list::adverbs,
                       word_list::function_words, word_list::source_nouns, word_list::lower_function_words})
            lx.table(w).for_each([&](std::string const& entry, auto const&) { add_prefix(entry); });
        lx.cues.for_each([&](std::string const& entry, auto const&) { add_prefix(entry); });
        lx.pronouns.for_each([&](std::string const& entry, auto const&) { add_prefix(entry); });
        for (x3::symbols<> const* table : {std::addressof(parser::determiner_table), std::addressof(parser::link_table), std::addressof(parser::fraction_table)})
            table->for_each([&](std::string const& entry, auto const&) { add_prefix(entry); });
        // Particles and number words look at the next word ("van Dyke", "four in 10").
        for (x3::symbols<> const* table : {std::addressof(parser::particle_table), std::addressof(parser::number_word_table)})
            table->for_each([&](std::string const& entry, auto const&) { out.emplace(entry); });
        return out;
    }();
    // (digits read on past a comma or into "percent"; a capital with its dot is an initial only
    // before a capitalised word)
    bool const initial = key.size() == 2 && key[0] >= 'A' && key[0] <= 'Z' && key[1] == '.';
    return key.empty() || (key[0] >= '0' && key[0] <= '9') || initial || context_words.contains(key);
}
parser::adverbs_type const& adverbs_rule() { return parser::adverbs; }
} // namespace verbatim::grammars
