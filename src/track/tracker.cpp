// track/tracker.cpp — claims of a corpus matched through an inverted index over their key terms
// (blocking as candidates.hpp says), judged pair by pair, and gathered per speaker and topic.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <deque>
#include <iterator>
#include <map>
#include <numeric>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "verbatim/tracker.hpp"

#include "parallel/workers.hpp"
#include "track/candidates.hpp"

namespace verbatim {
namespace {

using track::flag_similarity;
using track::rarity;
using track::same_article_window;
using track::thread_similarity;

/// The highest word number among the claims' terms (words are numbered program-wide: a table
/// indexed by them replaces a hash table of the words).
std::uint32_t last_term_id(std::vector<claim> const& claims) {
    std::uint32_t last = 0;
    for (auto const& c : claims)
        for (auto t : c.form.terms()) last = std::max(last, t.id());
    return last;
}

/// How many claims hold each term, by word number, and the terms' weights from it.
struct idf_table {
    std::size_t claims = 0;
    std::vector<std::uint32_t> df;
    double weight(word_view term) const { return term.id() < df.size() && df[term.id()] ? rarity(claims, df[term.id()]) : 1.0; }
};

idf_table idf_of(std::vector<claim> const& claims) {
    idf_table idf;
    idf.claims = claims.size();
    idf.df.assign(std::size_t{last_term_id(claims)} + 1, 0);
    for (auto const& c : claims)
        for (auto t : c.form.terms()) ++idf.df[t.id()];
    return idf;
}

double rule_strength(judgement const& j) {
    if (j.rule == "negation" || j.rule == "quantity") return 1.0;
    if (j.rule == "antonym") return 0.9;
    if (j.rule == "certainty") return 0.8;
    if (j.rule == "stance") return 0.7;
    return 0.5;
}

bool flagged(relation r) { return r == relation::contradiction || r == relation::number_change || r == relation::certainty_change; }

/// A speaker directory's canonical ids, asked once per entity (a corpus has far fewer speakers
/// than claims).
class canonical_ids {
public:
    explicit canonical_ids(speaker_directory const& directory) : directory_(directory) {}
    word_view operator()(word_view entity) {
        auto [it, added] = known_.emplace(entity, word_view{});
        if (added) it->second = intern(directory_.canonical_id(std::string(entity.view())));
        return it->second;
    }

private:
    speaker_directory const& directory_;
    std::unordered_map<word_view, word_view> known_;
};

struct union_find {
    std::vector<std::size_t> parent;
    explicit union_find(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
    std::size_t find(std::size_t x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    }
    void join(std::size_t a, std::size_t b) { parent[find(a)] = find(b); }
};

} // namespace

std::string_view to_string(flip_rating r) {
    switch (r) {
    case flip_rating::no_flip: return "No Flip";
    case flip_rating::half_flip: return "Half Flip";
    case flip_rating::full_flop: return "Full Flop";
    }
    return "No Flip";
}

struct claim_tracker::state {
    unsigned jobs = 1;
    // A deque grows without copying what it holds: no moment with two arrays of a million claims.
    // Held unanalysed: finish() normalises them on `jobs` threads.
    std::deque<claim> claims;
    std::vector<claim> figures; // analysed as they come (figures_of)
};

claim_tracker::claim_tracker(unsigned jobs) : state_(std::make_unique<state>()) { state_->jobs = std::max(1u, jobs); }
claim_tracker::~claim_tracker() = default;
claim_tracker::claim_tracker(claim_tracker&&) noexcept = default;
claim_tracker& claim_tracker::operator=(claim_tracker&&) noexcept = default;

namespace {

/// Puts `items` in the order `order` gives (items[k] becomes the old items[order[k]]), in place,
/// cycle by cycle: a second array of every claim would double the peak memory.
template <typename T> void permute(std::vector<T>& items, std::vector<std::size_t> order) {
    std::size_t const done = items.size();
    for (std::size_t k = 0; k < order.size(); ++k) {
        if (order[k] == k || order[k] == done) continue;
        std::size_t at = k;
        T held = std::move(items[k]);
        while (order[at] != k) {
            std::size_t from = order[at];
            items[at] = std::move(items[from]);
            order[at] = done;
            at = from;
        }
        items[at] = std::move(held);
        order[at] = done;
    }
}

/// The claims' indices in date order (then article, then place in it); ties keep their order.
std::vector<std::size_t> date_order(std::vector<claim> const& claims) {
    std::vector<std::size_t> order(claims.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
        auto const& a = claims[x];
        auto const& b = claims[y];
        return std::tie(a.date, a.doc, a.at) < std::tie(b.date, b.doc, b.at);
    });
    return order;
}

using parallel::block_size;
using parallel::parallel_for;
using parallel::run_blocks;

} // namespace

void claim_tracker::add(document const& doc, std::vector<quotation> const& quotes) {
    for (auto const& q : quotes)
        for (auto& c : claims_of_unanalysed(doc, q)) state_->claims.push_back(std::move(c));
}

void claim_tracker::add_figures(std::vector<claim> figures) {
    std::move(figures.begin(), figures.end(), std::back_inserter(state_->figures));
}

std::optional<judged_pair> judge_pair(claim const& a, claim const& b, std::size_t ia, std::size_t ib, term_weight weight,
                                      void const* ctx) {
    std::vector<double> wa(a.form.terms().size(), 1.0), wb(b.form.terms().size(), 1.0);
    if (weight) {
        for (std::size_t i = 0; i < wa.size(); ++i) wa[i] = weight(a.form.terms()[i], ctx);
        for (std::size_t j = 0; j < wb.size(); ++j) wb[j] = weight(b.form.terms()[j], ctx);
    }
    return judge_pair(a, b, ia, ib, wa, wb);
}

std::optional<judged_pair> judge_pair(claim const& a, claim const& b, std::size_t ia, std::size_t ib, std::span<double const> wa,
                                      std::span<double const> wb) {
    bool same_article_speaker = a.doc == b.doc && a.entity == b.entity;
    // The same words reported twice in one article (a quote and its paraphrase) are no change.
    if (same_article_speaker && a.text == b.text) return std::nullopt;
    bool same_time = a.doc == b.doc || (!a.date.empty() && a.date == b.date);
    auto v = compare_claims(a.form, b.form, same_time, wa, wb);
    // Two parties' accounts of one event, in one article.
    if (a.doc == b.doc && a.entity != b.entity && v.rel != relation::contradiction)
        if (auto acc = compare_accounts(a.form, b.form)) {
            acc->similarity = v.similarity;
            return judged_pair{ia, ib, *acc};
        }
    if (v.rel == relation::unrelated || v.similarity < thread_similarity) return std::nullopt;
    return judged_pair{ia, ib, v};
}

namespace {

/// Puts the claims into the report with their entities merged through `directory` and in date
/// order; returns each old index's place in that order.
std::vector<std::size_t> place_claims(claim_report& r, std::vector<claim> claims, speaker_directory const& directory) {
    {
        std::unordered_set<word_view> docs;
        for (auto const& c : claims)
            if (!c.reported) docs.insert(c.doc);
        r.documents = docs.size(); // articles with claims: the same from records as from articles
    }
    // One entity per speaker across the corpus; claims in date order.
    std::unordered_map<word_view, word_view> names;
    for (auto const& e : directory.entities()) names[intern(e.id)] = intern(e.name);
    canonical_ids canonical(directory);
    for (auto& c : claims) {
        c.entity = canonical(c.entity);
        if (auto it = names.find(c.entity); it != names.end()) c.speaker = it->second;
    }
    auto order = date_order(claims);
    std::vector<std::size_t> rank(claims.size());
    for (std::size_t k = 0; k < order.size(); ++k) rank[order[k]] = k;
    permute(claims, std::move(order));
    r.claims = std::move(claims);
    std::unordered_set<word_view> speakers;
    for (auto const& c : r.claims)
        if (!c.reported) speakers.insert(c.entity);
    r.speakers = speakers.size();
    return rank;
}

/// The judged pairs as changes (one speaker, two articles) and disagreements (two speakers, one
/// day), surest first; one speaker's related claims joined into threads.
void sort_pairs(claim_report& r, std::vector<judged_pair> const& pairs, std::vector<std::size_t> const& rank, union_find& threads) {
    auto const& cl = r.claims;
    for (auto const& p : pairs) {
        std::size_t i = std::min(rank[p.a], rank[p.b]), j = std::max(rank[p.a], rank[p.b]);
        auto const& a = cl[i];
        auto const& b = cl[j];
        auto const& v = p.verdict;
        bool same_speaker = a.entity == b.entity;
        bool same_time = a.doc == b.doc || (!a.date.empty() && a.date == b.date);
        // (two voices of one interview are a conversation, whose turns answer each other)
        bool const conversation = a.doc == b.doc && (a.turn || b.turn);
        if (v.rule == "accounts") {
            if (!same_speaker && !conversation) r.disagreements.push_back(claim_change{i, j, v, 0.5 + 0.5 * v.similarity});
            continue;
        }
        if (same_speaker && v.rel != relation::unrelated && v.similarity >= thread_similarity) threads.join(i, j);
        if (!flagged(v.rel) || v.similarity < flag_similarity) continue;
        claim_change ch{i, j, v, v.similarity * rule_strength(v)};
        if (same_speaker) {
            // A change is between articles: within one, a speaker's claims are parts of one account.
            if (a.doc == b.doc) continue;
            r.changes.push_back(std::move(ch));
        } else if (v.rel == relation::contradiction && same_time && !conversation) {
            // Two speakers disagree about one event: claims of the same day.
            r.disagreements.push_back(std::move(ch));
        }
    }
    auto surest = [](claim_change const& x, claim_change const& y) {
        return x.score != y.score ? x.score > y.score : std::tie(x.earlier, x.later) < std::tie(y.earlier, y.later);
    };
    std::sort(r.changes.begin(), r.changes.end(), surest);
    std::sort(r.disagreements.begin(), r.disagreements.end(), surest);
}

/// A thread's topic: the terms most of its claims share, rarest first, as written in the first
/// claim that has each (at most four).
std::vector<std::string> topic_of(std::vector<std::size_t> const& members, std::vector<claim> const& cl, idf_table const& idf) {
    std::unordered_map<word_view, std::size_t> freq; // ranked below by weight, then text
    for (auto m : members)
        for (auto const& term : cl[m].form.terms()) ++freq[term];
    std::vector<std::pair<double, word_view>> ranked;
    for (auto const& [term, k] : freq)
        if (k >= 2) ranked.emplace_back(static_cast<double>(k) * idf.weight(term), term);
    std::sort(ranked.begin(), ranked.end(), [](auto const& x, auto const& y) { return x.first != y.first ? x.first > y.first : x.second < y.second; });
    std::vector<std::string> topic;
    for (std::size_t k = 0; k < ranked.size() && k < 4; ++k) {
        std::string shown(ranked[k].second);
        for (auto m : members) {
            auto const& f = cl[m].form;
            auto it = std::find(f.terms().begin(), f.terms().end(), ranked[k].second);
            if (it != f.terms().end()) {
                shown = f.words()[static_cast<std::size_t>(it - f.terms().begin())];
                break;
            }
        }
        topic.push_back(shown);
    }
    return topic;
}

/// Topic threads: one speaker's claims linked by overlap, two or more, on two dates or more; in
/// the order of their first claims, whichever claim union_find made the root. Returns the thread
/// of each root.
std::unordered_map<std::size_t, std::size_t> make_threads(claim_report& r, union_find& threads) {
    auto const& cl = r.claims;
    idf_table idf = idf_of(cl);
    std::vector<std::uint32_t> group_size(cl.size(), 0);
    for (std::size_t i = 0; i < cl.size(); ++i) ++group_size[threads.find(i)];
    std::unordered_map<std::size_t, std::size_t> thread_of_root;
    std::vector<std::vector<std::size_t>> groups;
    for (std::size_t i = 0; i < cl.size(); ++i) {
        auto root = threads.find(i);
        if (group_size[root] < 2) continue;
        auto [it, added] = thread_of_root.emplace(root, groups.size());
        if (added) groups.emplace_back().reserve(group_size[root]);
        groups[it->second].push_back(i);
    }
    // A timeline follows a topic over time: one whose claims all stand on one date (most often in
    // one article) shows no change a reader could follow, and is left out.
    std::vector<std::size_t> kept(groups.size(), static_cast<std::size_t>(-1));
    for (std::size_t k = 0; k < groups.size(); ++k) {
        auto& members = groups[k];
        if (std::all_of(members.begin(), members.end(), [&](std::size_t m) { return cl[m].date == cl[members.front()].date; })) continue;
        kept[k] = r.threads.size();
        topic_thread t;
        t.entity = cl[members.front()].entity;
        t.speaker = cl[members.front()].speaker;
        t.topic = topic_of(members, cl, idf);
        t.claims = std::move(members); // already in date order
        r.threads.push_back(std::move(t));
    }
    std::erase_if(thread_of_root, [&](auto const& e) { return kept[e.second] == static_cast<std::size_t>(-1); });
    for (auto& e : thread_of_root) e.second = kept[e.second];
    return thread_of_root;
}

/// Each thread's changes and its Flip-O-Meter: a contradiction between the first and the last
/// claim of a thread is a full flop; any other flagged change a half flip; none, no flip.
void rate_threads(claim_report& r, union_find& threads, std::unordered_map<std::size_t, std::size_t> const& thread_of_root) {
    auto const& cl = r.claims;
    for (std::size_t k = 0; k < r.changes.size(); ++k) {
        auto root = threads.find(r.changes[k].earlier);
        if (auto it = thread_of_root.find(root); it != thread_of_root.end()) r.threads[it->second].changes.push_back(k);
    }
    for (auto& t : r.threads) {
        if (t.changes.empty()) continue;
        t.flip = flip_rating::half_flip;
        auto first = t.claims.front(), last = t.claims.back();
        for (auto k : t.changes) {
            auto const& c = r.changes[k];
            if (c.verdict.rel == relation::contradiction && cl[c.earlier].date != cl[c.later].date &&
                ((c.earlier == first && c.later == last) || t.claims.size() == 2))
                t.flip = flip_rating::full_flop;
        }
    }
    std::stable_sort(r.threads.begin(), r.threads.end(), [](topic_thread const& a, topic_thread const& b) {
        if (a.changes.empty() != b.changes.empty()) return !a.changes.empty();
        return a.claims.size() > b.claims.size();
    });
}

/// Keeps of the figures only those the numbers that moved cite (a corpus states far more numbers
/// than move: the others would fill the report's claims for nothing); the indices follow.
void keep_figures_of_series(claim_report& r) {
    std::vector<char> cited(r.claims.size(), 0);
    for (auto const& n : r.numbers)
        for (auto const& p : n.points) cited[p.claim] = 1;
    std::vector<std::size_t> moved_to(r.claims.size());
    std::size_t kept = 0;
    for (std::size_t i = 0; i < r.claims.size(); ++i) {
        r.figures += r.claims[i].reported;
        if (r.claims[i].reported && !cited[i]) continue;
        moved_to[i] = kept;
        if (kept != i) r.claims[kept] = std::move(r.claims[i]);
        ++kept;
    }
    r.claims.resize(kept);
    for (auto* list : {&r.changes, &r.disagreements})
        for (auto& c : *list) c.earlier = moved_to[c.earlier], c.later = moved_to[c.later];
    for (auto& t : r.threads)
        for (auto& k : t.claims) k = moved_to[k];
    for (auto& n : r.numbers) {
        for (auto& p : n.points) p.claim = moved_to[p.claim];
        for (auto& st : n.steps) st.earlier = moved_to[st.earlier], st.later = moved_to[st.later];
    }
}

/// A step of the numbers that moved that a change or a disagreement already shows (the same two
/// claims) is not shown twice; a series left without a step goes.
void drop_steps_shown(claim_report& r) {
    std::set<std::pair<std::size_t, std::size_t>> shown;
    auto key = [](std::size_t a, std::size_t b) { return std::pair{std::min(a, b), std::max(a, b)}; };
    for (auto const* list : {&r.changes, &r.disagreements})
        for (auto const& c : *list) shown.insert(key(c.earlier, c.later));
    for (auto& n : r.numbers) std::erase_if(n.steps, [&](claim_change const& st) { return shown.contains(key(st.earlier, st.later)); });
    std::erase_if(r.numbers, [](number_series const& n) { return n.steps.empty(); });
}

} // namespace

claim_report assemble_claim_report(std::vector<claim> claims, std::vector<judged_pair> const& pairs,
                                   speaker_directory const& directory, std::span<claim_link const> links) {
    claim_report r;
    auto const rank = place_claims(r, std::move(claims), directory);
    union_find threads(r.claims.size());
    sort_pairs(r, pairs, rank, threads);
    for (auto const& l : links) threads.join(rank[l.a], rank[l.b]);
    auto const thread_of_root = make_threads(r, threads);
    rate_threads(r, threads, thread_of_root);
    r.numbers = find_number_series(r.claims);
    drop_steps_shown(r);
    keep_figures_of_series(r);
    return r;
}


claim_report claim_tracker::finish(speaker_directory const& directory) {
    std::vector<claim> claims;
    claims.reserve(state_->claims.size());
    while (!state_->claims.empty()) { // freed as it is moved
        claims.push_back(std::move(state_->claims.front()));
        state_->claims.pop_front();
    }
    parallel_for(claims.size(), state_->jobs, [&](std::size_t i) { analyse_claim_form(claims[i]); });
    std::erase_if(claims, [](claim const& c) { return c.form.terms().empty(); }); // no key terms: no claim
    // Matching runs in a fixed order (date, article, place), whatever order the articles came in:
    // record files from shards give the same report as one run.
    permute(claims, date_order(claims));
    // Entities merged first, so that judge_pair sees the same speaker across articles (canonical
    // ids map to themselves: assemble_claim_report's own pass leaves them as they are).
    canonical_ids canonical(directory);
    for (auto& c : claims) c.entity = canonical(c.entity);
    auto found = match_claims(claims, state_->jobs);
    // Figures join after matching (the pairs' indices stay those of the claims): they are no
    // speaker's words, only points of the number series.
    std::move(state_->figures.begin(), state_->figures.end(), std::back_inserter(claims));
    state_->figures = {};
    return assemble_claim_report(std::move(claims), found.judged, directory, found.links);
}

namespace {

/// The claims' terms as numbers, for matching: each claim's term ids in text order (flat,
/// `first_term[i]` where claim i's begin), how many claims hold each term and its weight (rarer
/// weighs more, as in idf_of), the postings (the claims holding each term, in claim order), each
/// claim's term ids sorted (the overlap of a pair costs a merge of two short lists instead of
/// string compares) and their total weight, and articles and speakers as numbers.
struct term_index {
    explicit term_index(std::vector<claim> const& claims) {
        number_terms(claims);
        weight.resize(df.size());
        for (std::size_t t = 0; t < df.size(); ++t) weight[t] = rarity(claims.size(), df[t]);
        first_posting.assign(df.size() + 1, 0);
        postings.resize(term_ids.size());
        for (std::size_t t = 0; t < df.size(); ++t) first_posting[t + 1] = first_posting[t] + df[t];
        std::vector<std::uint32_t> fill(first_posting.begin(), first_posting.end() - 1);
        for (std::size_t i = 0; i < claims.size(); ++i)
            for (auto k = first_term[i]; k < first_term[i + 1]; ++k) postings[fill[term_ids[k]]++] = static_cast<std::uint32_t>(i);
        sorted_ids = term_ids;
        total_weight.assign(claims.size(), 0.0);
        for (std::size_t i = 0; i < claims.size(); ++i) {
            std::sort(sorted_ids.begin() + first_term[i], sorted_ids.begin() + first_term[i + 1]);
            for (auto k = first_term[i]; k < first_term[i + 1]; ++k) total_weight[i] += weight[term_ids[k]];
        }
        doc_no.resize(claims.size());
        speaker_no.resize(claims.size());
        std::unordered_map<std::string_view, std::uint32_t> docs, speakers;
        for (std::size_t i = 0; i < claims.size(); ++i) {
            doc_no[i] = docs.emplace(claims[i].doc, static_cast<std::uint32_t>(docs.size())).first->second;
            speaker_no[i] = speakers.emplace(claims[i].entity, static_cast<std::uint32_t>(speakers.size())).first->second;
        }
    }

    /// The weighted share of terms claims a and b have in common (Dice).
    double dice(std::size_t a, std::size_t b) const {
        double shared = 0;
        auto x = sorted_ids.begin() + first_term[a], x_end = sorted_ids.begin() + first_term[a + 1];
        auto y = sorted_ids.begin() + first_term[b], y_end = sorted_ids.begin() + first_term[b + 1];
        while (x != x_end && y != y_end) {
            if (*x < *y) ++x;
            else if (*y < *x) ++y;
            else shared += weight[*x], ++x, ++y;
        }
        double total = total_weight[a] + total_weight[b];
        return total > 0 ? 2 * shared / total : 0.0;
    }
    void weights_of(std::size_t i, std::vector<double>& w) const {
        w.clear();
        for (auto k = first_term[i]; k < first_term[i + 1]; ++k) w.push_back(weight[term_ids[k]]);
    }
    std::span<std::uint32_t const> terms_of(std::size_t i) const {
        return {term_ids.begin() + first_term[i], term_ids.begin() + first_term[i + 1]};
    }

    std::vector<std::uint32_t> first_term, term_ids, df, first_posting, postings, sorted_ids, doc_no, speaker_no;
    std::vector<double> weight, total_weight;

private:
    void number_terms(std::vector<claim> const& claims) {
        first_term.assign(claims.size() + 1, 0);
        // By word number: 0 for a term not met yet, else its id here + 1.
        std::vector<std::uint32_t> term_id(std::size_t{last_term_id(claims)} + 1, 0);
        for (std::size_t i = 0; i < claims.size(); ++i) {
            first_term[i] = static_cast<std::uint32_t>(term_ids.size());
            for (auto const& t : claims[i].form.terms()) {
                auto& id = term_id[t.id()];
                if (id == 0) {
                    df.push_back(0);
                    id = static_cast<std::uint32_t>(df.size());
                }
                ++df[id - 1];
                term_ids.push_back(id - 1);
            }
        }
        first_term[claims.size()] = static_cast<std::uint32_t>(term_ids.size());
    }
};

/// One thread's matching: the candidates of a claim (later claims sharing its rarest terms, by
/// the weight they share, and the next claims of its article) judged, with its own scratch.
class claim_matcher {
public:
    claim_matcher(std::vector<claim> const& claims, term_index const& index)
        : claims_(claims), index_(index), shared_weight_(claims.size(), 0.0) {}

    void match(std::size_t i, std::vector<judged_pair>& out, std::vector<claim_link>& links) {
        gather_candidates(i);
        for (auto j : touched_) {
            shared_weight_[j] = 0;
            judge(i, j, out, links);
        }
    }

private:
    void gather_candidates(std::size_t i) {
        auto const& x = index_;
        touched_.clear();
        track::choose_blocking_terms(x.terms_of(i), [&](std::uint32_t t) { return x.df[t]; }, rarest_);
        for (auto t : rarest_) {
            double w = x.weight[t];
            auto list_end = x.postings.begin() + x.first_posting[t + 1];
            for (auto it = std::upper_bound(x.postings.begin() + x.first_posting[t], list_end, i); it != list_end; ++it) {
                if (shared_weight_[*it] == 0) touched_.push_back(*it);
                shared_weight_[*it] += w;
            }
        }
        track::keep_heaviest(touched_, [&](std::size_t j) { return shared_weight_[j]; }, [&](std::size_t j) { shared_weight_[j] = 0; });
        // The other claims of the same article always meet: two parties' accounts of one event
        // may share few words ("the strikes target the military" / "a war crime against civilians").
        for (std::size_t j = i + 1; j < claims_.size() && j <= i + same_article_window && x.doc_no[j] == x.doc_no[i]; ++j)
            if (shared_weight_[j] == 0 && x.speaker_no[j] != x.speaker_no[i]) touched_.push_back(j);
        std::sort(touched_.begin(), touched_.end());
    }

    void judge(std::size_t i, std::size_t j, std::vector<judged_pair>& out, std::vector<claim_link>& links) {
        auto const& x = index_;
        // judge_pair keeps a pair only from this overlap on, or as two parties' accounts of one
        // event (same article, two speakers): skip the rest without judging them.
        bool accounts = x.doc_no[i] == x.doc_no[j] && x.speaker_no[i] != x.speaker_no[j];
        if (x.dice(i, j) < thread_similarity - 1e-9) {
            // Below it only two accounts of one event can come out, and those speak of one
            // subject (compare_accounts).
            auto const& si = claims_[i].form.subject;
            if (!accounts || si.empty() || si != claims_[j].form.subject) return;
        }
        bool const same_speaker = x.speaker_no[i] == x.speaker_no[j];
        if (claims_[i].text == claims_[j].text && claims_[i].form.lead == claims_[j].form.lead) {
            // The same words (a syndicated story, a quote repeated): consistent, fully shared,
            // what judge_pair finds without comparing them word by word. Kept only as one
            // speaker's thread link across articles. (Not when a cue in the claim differs:
            // "endorsed the plan" / "criticized the plan", "denied it".)
            if (same_speaker && x.doc_no[i] != x.doc_no[j]) links.push_back(claim_link{static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j)});
            return;
        }
        x.weights_of(i, weights_i_);
        x.weights_of(j, weights_j_);
        auto p = judge_pair(claims_[i], claims_[j], i, j, weights_i_, weights_j_);
        if (!p) return;
        // A pair that flags nothing only links one speaker's claims into a topic thread: keep it
        // without its evidence, and not at all between two speakers.
        if (!flagged(p->verdict.rel) && p->verdict.rule != "accounts") {
            if (same_speaker) links.push_back(claim_link{static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j)});
            return;
        }
        out.push_back(std::move(*p));
    }

    std::vector<claim> const& claims_;
    term_index const& index_;
    std::vector<double> shared_weight_;
    std::vector<std::size_t> touched_;
    std::vector<std::uint32_t> rarest_; // term ids
    std::vector<double> weights_i_, weights_j_;
};

} // namespace

claim_matches match_claims(std::vector<claim> const& claims, unsigned jobs) {
    term_index const index(claims);
    // Claims are matched in blocks taken by `jobs` threads in turn; each block's pairs go to its
    // own list and the lists are joined in block order: the same pairs, in the same order,
    // whatever the number of threads.
    std::size_t const blocks = (claims.size() + block_size - 1) / block_size;
    std::vector<std::vector<judged_pair>> found(blocks);
    std::vector<std::vector<claim_link>> found_links(blocks);
    run_blocks(blocks, jobs, [&] {
        return [&, matcher = claim_matcher(claims, index)](std::size_t b) mutable {
            for (std::size_t i = b * block_size; i < std::min(claims.size(), (b + 1) * block_size); ++i) matcher.match(i, found[b], found_links[b]);
        };
    });
    claim_matches out;
    std::size_t total = 0, total_links = 0;
    for (std::size_t b = 0; b < blocks; ++b) total += found[b].size(), total_links += found_links[b].size();
    out.judged.reserve(total);
    out.links.reserve(total_links);
    for (std::size_t b = 0; b < blocks; ++b) {
        std::move(found[b].begin(), found[b].end(), std::back_inserter(out.judged));
        out.links.insert(out.links.end(), found_links[b].begin(), found_links[b].end());
        found[b] = {};
        found_links[b] = {};
    }
    return out;
}

void keep_speakers(claim_report& report, std::set<std::string> const& wanted) {
    auto const& cl = report.claims;
    std::unordered_set<word_view> entities;
    for (auto const& e : wanted) entities.insert(intern(e));
    auto mine = [&](std::size_t k) { return entities.contains(cl[k].entity); };
    std::erase_if(report.changes, [&](claim_change const& c) { return !mine(c.earlier); });
    std::erase_if(report.disagreements, [&](claim_change const& c) { return !mine(c.earlier) && !mine(c.later); });
    std::erase_if(report.threads, [&](topic_thread const& t) { return !wanted.contains(t.entity); });
    // Thread change indices point into the changes list: recompute them.
    for (auto& t : report.threads) {
        t.changes.clear();
        for (std::size_t k = 0; k < report.changes.size(); ++k)
            if (std::find(t.claims.begin(), t.claims.end(), report.changes[k].earlier) != t.claims.end()) t.changes.push_back(k);
    }
}

} // namespace verbatim
