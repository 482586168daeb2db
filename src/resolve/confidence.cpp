#include "resolve/confidence.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>

namespace verbatim::resolve {
namespace {

/// One way of finding a record and the share of records found that way that were right.
/// `*` stands for any: the table holds each rule alone, each rule with its speaker rule, and each
/// of those with the kind of mention (`pronoun:person`), smoothed towards the coarser share.
struct measured_share {
    std::string_view rule, speaker_rule, mention;
    double share;
    int records;
};

constexpr measured_share table[] = {
#include "resolve/confidence_table.inc"
};

/// How the speaker is written and what it was resolved to: `pronoun:person`, `description:unknown`;
/// `none` without a speaker.
std::string mention_key(quotation const& q) {
    if (!q.speaker) return "none";
    std::string key(to_string(q.speaker->mention));
    key += ':';
    key += to_string(q.speaker->kind);
    return key;
}

/// The measured share of one way, or -1 (asked only the first time a thread meets a way).
double share_of(std::string_view rule, std::string_view speaker_rule, std::string_view mention) {
    auto it = std::find_if(std::begin(table), std::end(table), [&](measured_share const& m) {
        return m.rule == rule && m.speaker_rule == speaker_rule && m.mention == mention;
    });
    return it == std::end(table) ? -1.0 : it->share;
}

} // namespace

namespace {
double measured_confidence(quotation const& q);
} // namespace

double confidence_of(quotation const& q) {
    // (the rules' names are static strings: a way is known by where they are and looked up once a
    // thread; a search of the table for every record cost a third of the run)
    struct way_hash {
        std::size_t operator()(std::tuple<char const*, char const*, int, int> const& w) const noexcept {
            auto const [a, b, m, k] = w;
            return std::hash<char const*>{}(a) * 31 + std::hash<char const*>{}(b) * 7 + static_cast<std::size_t>(m * 8 + k);
        }
    };
    thread_local std::unordered_map<std::tuple<char const*, char const*, int, int>, double, way_hash> known;
    auto const key = std::tuple{q.rule.data(), q.speaker_rule.data(), q.speaker ? static_cast<int>(q.speaker->mention) : -1,
                                q.speaker ? static_cast<int>(q.speaker->kind) : -1};
    if (auto it = known.find(key); it != known.end()) return it->second;
    return known.emplace(key, measured_confidence(q)).first->second;
}

namespace {

double measured_confidence(quotation const& q) {
    std::string_view const speaker_rule = q.speaker_rule.empty() ? std::string_view("none") : q.speaker_rule;
    auto const mention = mention_key(q);
    for (auto [r, s, m] : std::array<std::array<std::string_view, 3>, 4>{{{q.rule, speaker_rule, mention},
                                                                          {q.rule, speaker_rule, "*"},
                                                                          {q.rule, "*", "*"},
                                                                          {"*", "*", "*"}}})
        if (auto share = share_of(r, s, m); share >= 0) return share;
    return 0.5; // (a table without even the overall share: nothing is known)
}

} // namespace

} // namespace verbatim::resolve
