// claims/compare.cpp — how two normalised claims relate: the rules run in a fixed order, the
// first that fires decides, and its evidence is kept as the reasons.
#include <algorithm>
#include <cmath>
#include <optional>
#include <set>

#include <fmt/format.h>

#include "language.hpp"
#include "verbatim/claims.hpp"

namespace verbatim {
namespace {

// Topic overlap below this: the claims are about different things.
constexpr double unrelated_below = 0.25;
// A negated claim must lie this much inside the other one for the negation to contradict it
// ("no woman is reading" vs "a woman is reading a newspaper": all of the first is in the second).
constexpr double negation_cover = 0.75;
// The other rules ask for this much overlap: same subject, same matter.
constexpr double same_matter = 0.5;
// Antonyms contradict only when nearly everything else is the same on both sides.
constexpr double antonym_rest = 0.75;

/// Words are numbers: finding one in a list compares numbers, not text.
bool contains(std::span<word_view const> v, word_view w) { return std::find(v.begin(), v.end(), w) != v.end(); }

struct overlap {
    double dice = 0, cover_a = 0, cover_b = 0;
    std::vector<word_view> shared; ///< base forms
    std::vector<word_view> shown;  ///< the same, as written in the first claim
};

word_view written(claim_form const& c, word_view term) {
    for (std::size_t i = 0; i < c.terms().size() && i < c.words().size(); ++i)
        if (c.terms()[i] == term) return c.words()[i];
    return term;
}

bool said_of_subject(claim_form const& c, word_view term, grammars::antonym_kind kind) {
    return contains(c.predicates(), term) || (kind == grammars::antonym_kind::verb && contains(c.finite(), term));
}

overlap measure(claim_form const& a, claim_form const& b, std::span<double const> wa_, std::span<double const> wb_) {
    overlap o;
    double wa = 0, wb = 0, ws = 0;
    for (std::size_t i = 0; i < a.terms().size(); ++i) {
        double w = i < wa_.size() ? wa_[i] : 1.0;
        wa += w;
        if (contains(b.terms(), a.terms()[i])) {
            ws += w;
            o.shared.push_back(a.terms()[i]);
            o.shown.push_back(i < a.words().size() ? a.words()[i] : a.terms()[i]);
        }
    }
    for (std::size_t j = 0; j < b.terms().size(); ++j) wb += j < wb_.size() ? wb_[j] : 1.0;
    if (wa > 0 && wb > 0) {
        o.dice = 2 * ws / (wa + wb);
        o.cover_a = ws / wa;
        o.cover_b = ws / wb;
    }
    return o;
}

int stance_toward(claim_form const& c, word_view term) {
    for (auto const& [t, s] : c.stance)
        if (t == term) return s;
    return 0;
}

std::string quote_list(std::span<word_view const> v, std::size_t max = 4) {
    std::string out;
    for (std::size_t i = 0; i < v.size() && i < max; ++i) out += (i ? ", " : "") + fmt::format("\"{}\"", v[i].view());
    return out;
}

} // namespace

bool same_amount(quantity const& x, quantity const& y) {
    auto lo1 = x.value, hi1 = x.high.value_or(x.value), lo2 = y.value, hi2 = y.high.value_or(y.value);
    double tol = (x.approximate || y.approximate) ? 0.1 : 1e-9;
    return lo1 <= hi2 * (1 + tol) + 1e-9 && lo2 <= hi1 * (1 + tol) + 1e-9;
}

std::string_view to_string(relation r) {
    switch (r) {
    case relation::contradiction: return "contradiction";
    case relation::number_change: return "number-change";
    case relation::certainty_change: return "certainty-change";
    case relation::consistent: return "consistent";
    case relation::unrelated: return "unrelated";
    }
    return "unrelated";
}

relation parse_relation(std::string_view name) {
    for (auto r : {relation::contradiction, relation::number_change, relation::certainty_change, relation::consistent})
        if (to_string(r) == name) return r;
    return relation::unrelated;
}

judgement compare_claims(claim_form const& a, claim_form const& b, bool same_time, term_weight weight, void const* ctx) {
    std::vector<double> wa(a.terms().size(), 1.0), wb(b.terms().size(), 1.0);
    if (weight) {
        for (std::size_t i = 0; i < a.terms().size(); ++i) wa[i] = weight(a.terms()[i], ctx);
        for (std::size_t j = 0; j < b.terms().size(); ++j) wb[j] = weight(b.terms()[j], ctx);
    }
    return compare_claims(a, b, same_time, wa, wb);
}

judgement compare_claims(claim_form const& a, claim_form const& b, bool same_time, std::span<double const> weights_a,
                         std::span<double const> weights_b) {
    judgement j;
    auto o = measure(a, b, weights_a, weights_b);
    double cover = std::max(o.cover_a, o.cover_b);
    j.similarity = o.dice;
    auto decide = [&](relation r, std::string rule, std::string reason) {
        j.rel = r;
        j.rule = std::move(rule);
        j.reasons.push_back(std::move(reason));
        return j;
    };

    // Antonyms: a word of one claim faces its opposite in the other, the rest being the same on
    // both sides ("an empty pool" / "a full pool").
    auto rest_shared = [&](word_view x, word_view y) {
        std::size_t na = a.terms().size() - 1, nb = b.terms().size() - 1;
        return na > 0 && nb > 0 && static_cast<double>(o.shared.size()) >= antonym_rest * static_cast<double>(std::max(na, nb)) &&
               !contains(o.shared, x) && !contains(o.shared, y);
    };
    // (Only worth looking when enough is shared for rest_shared to hold.)
    bool enough_shared = a.terms().size() > 1 && b.terms().size() > 1 &&
                         static_cast<double>(o.shared.size()) >= antonym_rest * static_cast<double>(std::max(a.terms().size(), b.terms().size()) - 1);
    if (enough_shared) {
        for (auto x : a.opposable())
            for (auto y : b.opposable()) {
                auto kind = grammars::antonyms(x, y);
                if (kind != grammars::antonym_kind::none && rest_shared(x, y) && said_of_subject(a, x, kind) &&
                    said_of_subject(b, y, kind) && contains(a.negated(), x) == contains(b.negated(), y))
                    return decide(relation::contradiction, "antonym",
                                  fmt::format("antonym: \"{}\" in one claim, \"{}\" in the other; shared: {}", written(a, x).view(), written(b, y).view(),
                                              quote_list(o.shown)));
            }
    }

    if (o.shared.empty() || cover < unrelated_below)
        return decide(relation::unrelated, "overlap",
                      fmt::format("overlap: {:.2f} of the terms shared{}", cover, o.shared.empty() ? "" : " (" + quote_list(o.shown) + ")"));

    // Negation: a shared word negated in one claim only, where the negated claim lies inside
    // the other (its own words are all, or nearly all, in the other).
    for (auto const& t : o.shared) {
        bool na = contains(a.negated(), t), nb = contains(b.negated(), t);
        if (na == nb || o.shared.size() < 2) continue;
        // "rejected the deal" / "did not ratify the deal": both against it.
        if (stance_toward(na ? b : a, t) < 0) continue;
        double cover_negated = na ? o.cover_a : o.cover_b;
        if (cover_negated < negation_cover) continue;
        return decide(relation::contradiction, "negation",
                      fmt::format("negation: \"{}\" negated in the {} claim only; shared: {}", written(a, t).view(), na ? "first" : "second", quote_list(o.shown)));
    }

    // Stance: one claim backs what the other works against ("reinstate the tax" / "abolish the tax");
    // the evidence names the weightiest such term.
    if (cover >= same_matter * 0.6) {
        std::optional<std::pair<double, word_view>> best;
        int best_sign = 0;
        for (auto const& t : o.shared) {
            int sa = stance_toward(a, t), sb = stance_toward(b, t);
            if (!sa || !sb || sa == sb) continue;
            auto at = std::find(a.terms().begin(), a.terms().end(), t);
            double w = at == a.terms().end() ? 0 : weights_a[static_cast<std::size_t>(at - a.terms().begin())];
            if (!best || w > best->first) best = {w, t}, best_sign = sa;
        }
        if (best)
            return decide(relation::contradiction, "stance",
                          fmt::format("stance: the {} claim backs \"{}\", the {} works against it", best_sign > 0 ? "first" : "second",
                                      written(a, best->second).view(), best_sign > 0 ? "second" : "first"));
    }

    // Quantities: the same thing counted with another value, in the same year when years are given.
    bool other_years = !a.times().empty() && !b.times().empty() &&
                       std::none_of(a.times().begin(), a.times().end(), [&](auto const& t) { return contains(b.times(), t); });
    // Two named subjects: each claim names two or more that the other does not, more than the
    // names they share ("Harbor Party nominee Tom Reyes received 203,091 votes" / "Coast Party
    // nominee Lena Okafor received 5,617 votes"): two things counted, no number that changed.
    auto const unshared = [](claim_form const& x, claim_form const& y) {
        return static_cast<std::size_t>(std::count_if(x.names().begin(), x.names().end(), [&](word_view n) { return !contains(y.names(), n); }));
    };
    std::size_t const only_a = unshared(a, b), only_b = unshared(b, a);
    std::size_t const shared_names = a.names().size() - only_a;
    bool const other_subjects = only_a >= 2 && only_b >= 2 && shared_names < std::min(only_a, only_b);
    if (cover >= same_matter && !other_years && !other_subjects)
        for (auto const& qa : a.quantities)
            for (auto const& qb : b.quantities) {
                if (qa.unit.empty() || qa.unit != qb.unit || same_amount(qa, qb)) continue;
                bool other_has_a = std::any_of(b.quantities.begin(), b.quantities.end(), [&](auto const& q) { return q.unit == qa.unit && same_amount(q, qa); });
                bool other_has_b = std::any_of(a.quantities.begin(), a.quantities.end(), [&](auto const& q) { return q.unit == qb.unit && same_amount(q, qb); });
                if (other_has_a || other_has_b) continue;
                // The same quantity: something else said around the number is shared too
                // ("14 civilians died" / "90 civilians were wounded" count different things).
                // A bare amount ("€7.1 billion", "20%") needs two shared words, a counted noun one.
                auto shared_context = std::count_if(qa.context.begin(), qa.context.end(), [&](auto const& w) { return contains(qb.context, w); });
                bool bare = qa.unit == "percent" || qa.unit.view().find_first_of("abcdefghijklmnopqrstuvwxyz") == std::string::npos; // %, $, €, £
                bool two_words = qa.unit.view().find(' ') != std::string::npos;
                auto smaller = std::min(qa.context.size(), qb.context.size());
                bool most_shared = shared_context >= 2 || 2 * static_cast<std::size_t>(shared_context) > smaller;
                if (!two_words && (shared_context < (bare ? 2 : 1) || !most_shared)) continue;
                auto reason = fmt::format("quantity: {} in one claim, {} in the other", qa.text, qb.text);
                return same_time ? decide(relation::contradiction, "quantity", reason) : decide(relation::number_change, "quantity", reason);
            }

    // Certainty: the same matter, hedged in one claim and settled in the other.
    if (cover >= same_matter && std::min(a.certainty, b.certainty) < 0 && std::max(a.certainty, b.certainty) > 0) {
        auto const& lo = a.certainty < b.certainty ? a : b;
        auto const& hi = a.certainty < b.certainty ? b : a;
        return decide(relation::certainty_change, "certainty",
                      fmt::format("certainty: hedged by {} in one claim, settled by {} in the other", quote_list(lo.hedges()),
                                  quote_list(hi.boosters())));
    }
    return decide(relation::consistent, "overlap", fmt::format("overlap: {:.2f} of the terms shared ({})", cover, quote_list(o.shown)));
}

std::optional<judgement> compare_accounts(claim_form const& a, claim_form const& b) {
    if (a.subject.empty() || a.subject != b.subject) return std::nullopt;
    for (auto x : a.opposable()) {
        for (auto y : b.opposable())
            if (!contains(b.terms(), x) && !contains(a.terms(), y) &&
                grammars::antonyms(x, y) == grammars::antonym_kind::adjective &&
                contains(a.negated(), x) == contains(b.negated(), y)) {
                judgement j;
                j.rel = relation::contradiction;
                j.rule = "accounts";
                j.similarity = 0;
                j.reasons.push_back(fmt::format("accounts: both speak of \"{}\"; \"{}\" in one account, \"{}\" in the other",
                                                written(a, a.subject).view(), written(a, x).view(), written(b, y).view()));
                return j;
            }
    }
    return std::nullopt;
}

} // namespace verbatim
