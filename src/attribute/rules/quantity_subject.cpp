// Speaker rule "quantity-subject":
//   "Sixty-one percent said the ferry should stay."
// A poll's share as the subject of a cue ("Two in five say …", "40 percent of the residents
// believe …"): a number opening the clause, a few words (eight at most, no clause), the cue.
#include <algorithm>
#include <cctype>

#include "attribute/rules.hpp"

namespace verbatim::attribute::rules {
namespace {

std::optional<g::speaker_phrase> find(sentence_context const& sv, g::cue_match const& cue) {
    auto const t = sv.text();
    std::size_t end = sv.back_over_blank(cue.begin);
    std::size_t begin = end;
    while (begin > sv.begin() && t[begin - 1] != ';' && t[begin - 1] != ':' && sv.quote_at(begin - 1) < 0) {
        // (a comma stops it, but not inside a number: "2,315 riders")
        if (t[begin - 1] == ',' && !sv.article().thousands_comma(begin - 1)) break;
        if (end - begin > 120) return std::nullopt; // eight words at most
        --begin;
    }
    begin = sv.over_blank(begin);
    if (begin >= end || text::count_words(t, {begin, end}, 9) > 8 || g::looks_like_clause(t, begin, end)) return std::nullopt;
    auto first = sv.word_at(begin);
    auto const lower = g::lower_ascii(first.substr(0, first.find('-')));
    bool multiplier = false;
    bool number = std::isdigit(static_cast<unsigned char>(t[begin])) || g::number_word_value(lower, multiplier).has_value();
    if (!number) return std::nullopt;
    g::speaker_phrase sp;
    sp.begin = begin;
    sp.end = end;
    for (std::size_t p = begin; p < end;) {
        auto w = sv.word_at(p);
        std::size_t n = std::max<std::size_t>(1, w.size());
        if (!w.empty()) sp.tokens.push_back({g::np_part::common, p, p + w.size()});
        p = sv.over_blank(p + n);
        while (p < end && !std::isalnum(static_cast<unsigned char>(t[p])) && static_cast<unsigned char>(t[p]) < 0x80) ++p;
    }
    if (sp.tokens.empty()) return std::nullopt;
    return sp;
}

} // namespace

verdict quantity_subject(cue_site& site, report_list&) {
    auto sp = find(site.sentence, site.cue);
    if (!sp) return verdict::pass;
    site.speaker = found_speaker{*sp};
    return verdict::found;
}

} // namespace verbatim::attribute::rules
