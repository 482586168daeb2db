// track/candidates.hpp — which claims a claim is compared with (blocking), for the one-shot
// tracker (tracker.cpp, over arrays) and the claim store (store.cpp, over SQLite): one set of
// bounds and one choice of terms and candidates, each walking its own postings.
//
// A claim meets only the claims that share its rarest terms (at most `blocking_terms` of them,
// each held by at most `max_postings` claims); it keeps the `max_candidates` that share the most
// weight with it; and the next claims of its own article (`same_article_window`), which may share
// few words (two parties' accounts of one event). Cost grows with the number of claims times
// these bounds, not with its square.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <vector>

namespace verbatim::track {

inline constexpr std::size_t max_candidates = 40;
inline constexpr std::size_t max_postings = 1000; ///< a term in more claims than this says little of a topic
inline constexpr std::size_t blocking_terms = 6;  ///< the rarest terms of a claim find its candidates
/// Claims of one article meet the next ones within this many (accounts of one event stand close).
inline constexpr std::size_t same_article_window = 30;
/// A change is flagged only between claims on the same matter: most of their words (weighted by
/// rarity) are shared.
inline constexpr double flag_similarity = 0.45;
/// Claims of one speaker join a topic thread from this overlap on.
inline constexpr double thread_similarity = 0.3;

/// A term's weight: about 1 for a term in every claim, more the rarer it is (`df` of `n` claims).
inline double rarity(std::size_t n, std::size_t df) { return std::log(1.0 + static_cast<double>(n) / static_cast<double>(df)); }

/// The terms a claim finds its candidates by, into `out`: of `terms`, those some other claim holds
/// too and at most max_postings claims hold (`df(term)` counts the claims holding it, this one
/// among them), rarest first (ties in text order), at most blocking_terms of them.
template <typename Term, typename Terms, typename Df>
void choose_blocking_terms(Terms const& terms, Df&& df, std::vector<Term>& out) {
    out.clear();
    for (auto const& t : terms)
        if (auto n = df(t); n > 1 && n <= max_postings) out.push_back(t);
    std::stable_sort(out.begin(), out.end(), [&](Term const& x, Term const& y) { return df(x) < df(y); });
    if (out.size() > blocking_terms) out.resize(blocking_terms);
}

/// Keeps the max_candidates of `touched` that share the most weight (`shared(id)`; ties: the
/// smaller id), in no particular order; calls `dropped(id)` for each one left out.
template <typename Id, typename Shared, typename Dropped>
void keep_heaviest(std::vector<Id>& touched, Shared&& shared, Dropped&& dropped) {
    if (touched.size() <= max_candidates) return;
    auto heavier = [&](Id a, Id b) { return shared(a) != shared(b) ? shared(a) > shared(b) : a < b; };
    std::nth_element(touched.begin(), touched.begin() + max_candidates, touched.end(), heavier);
    for (std::size_t k = max_candidates; k < touched.size(); ++k) dropped(touched[k]);
    touched.resize(max_candidates);
}

} // namespace verbatim::track
