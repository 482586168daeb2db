// verbatim/tracker.hpp — claims across a corpus: each speaker's statements compared over time
// and between speakers, through an inverted index over key terms (never all pairs).
//
//   verbatim::claim_tracker tracker;
//   /* per document */ directory.add(doc, quotes); tracker.add(doc, quotes);
//   auto report = tracker.finish(directory);
//   for (auto const& c : report.changes) { /* c.earlier, c.later, c.verdict.rel, c.verdict.reasons */ }
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <vector>

#include "verbatim/claims.hpp"
#include "verbatim/document.hpp"
#include "verbatim/quotation.hpp"
#include "verbatim/speakers.hpp"

namespace verbatim {

/// Two claims and how they relate; `earlier` comes first by date (then document, offset).
struct claim_change {
    std::size_t earlier = 0, later = 0; ///< indices into claim_report::claims
    judgement verdict;
    double score = 0; ///< ranking: how sure the change is (similarity, rule strength)
};

/// PolitiFact's Flip-O-Meter, read off a speaker's claims on one topic.
enum class flip_rating { no_flip, half_flip, full_flop };
std::string_view to_string(flip_rating r);

/// One speaker's claims on one topic, in date order.
struct topic_thread {
    std::string entity, speaker;
    std::vector<std::string> topic;     ///< the key terms the claims share, most telling first
    std::vector<std::size_t> claims;    ///< indices into claim_report::claims, in date order
    std::vector<std::size_t> changes;   ///< indices into claim_report::changes
    flip_rating flip = flip_rating::no_flip;
};

/// One point of a number series: a claim and which of its quantities.
struct number_point {
    std::size_t claim = 0;    ///< index into claim_report::claims
    std::size_t quantity = 0; ///< index into that claim's form.quantities
};

/// One count or measure of one subject followed across articles and sources: "Category 5" and
/// "Category 2" of Dorian, the new cases in Victoria report by report.
struct number_series {
    std::string metric;                ///< what is counted or measured, as first written (`new cases`)
    std::vector<std::string> subject;  ///< the names all its points share, as first written (`Dorian`)
    std::vector<number_point> points;  ///< in date order
    std::vector<claim_change> steps;   ///< consecutive points of two articles or sources whose amounts differ
};

struct claim_report {
    std::vector<claim> claims;               ///< the speakers' claims and the figures of the numbers that moved, in date order
    std::vector<claim_change> changes;       ///< one speaker, flagged (contradiction, number, certainty), surest first
    std::vector<claim_change> disagreements; ///< two speakers contradicting each other, surest first
    std::vector<topic_thread> threads;       ///< topics with two claims or more, threads with changes first
    std::vector<number_series> numbers;      ///< numbers that moved, the longest series first
    std::size_t documents = 0; ///< articles with claims
    std::size_t speakers = 0;
    std::size_t figures = 0;   ///< figures the articles state (`claims` holds those the numbers that moved cite)
};

class claim_tracker {
public:
    /// `jobs`: threads for normalising and matching the claims in finish() (the same report for
    /// any number).
    explicit claim_tracker(unsigned jobs = 1);
    ~claim_tracker();
    claim_tracker(claim_tracker&&) noexcept;
    claim_tracker& operator=(claim_tracker&&) noexcept;

    /// Adds one article's quotations (those with a named speaker become claims).
    void add(document const& doc, std::vector<quotation> const& quotes);
    /// Adds an article's figures (figures_of): they join the number series only.
    void add_figures(std::vector<claim> figures);
    /// Merges speakers through `directory`, matches the claims and rates the changes.
    claim_report finish(speaker_directory const& directory);

private:
    struct state;
    std::unique_ptr<state> state_;
};

/// Two claims judged related (indices into the caller's claim list), whoever said them: the
/// report decides later whether it is one speaker's change or a disagreement.
struct judged_pair {
    std::size_t a = 0, b = 0;
    judgement verdict;
};

/// Judges two claims (their `form` filled; `entity` tells speakers apart); nothing when they are
/// unrelated or too far apart to matter. `weight`: term rarity for the overlap (may be null).
std::optional<judged_pair> judge_pair(claim const& a, claim const& b, std::size_t ia, std::size_t ib, term_weight weight,
                                      void const* weight_context);
/// The same with each claim's term weights given (parallel to `form.terms`).
std::optional<judged_pair> judge_pair(claim const& a, claim const& b, std::size_t ia, std::size_t ib, std::span<double const> weights_a,
                                      std::span<double const> weights_b);

/// Two claims of one speaker on one matter with nothing flagged between them: they stand in one
/// topic thread (indices into the caller's claim list). No evidence is kept: a corpus has millions.
struct claim_link {
    std::uint32_t a = 0, b = 0;
};

/// What matching found: the pairs with something to report, and the links that only make threads.
struct claim_matches {
    std::vector<judged_pair> judged; ///< flagged relations and two parties' accounts, with the evidence
    std::vector<claim_link> links;   ///< one speaker's related claims (topic thread links)
};

/// Matches claims through an inverted index over their terms (each claim meets at most 40
/// others, those sharing the most of its rarer terms) and judges the candidates.
claim_matches match_claims(std::vector<claim> const& claims, unsigned jobs = 1);

/// The report from claims (article-level entities, any order) and the pairs judged among them
/// (`links` join topic threads only): entities merged through `directory`, claims put in date
/// order, changes, disagreements and topic threads with their flip rating.
claim_report assemble_claim_report(std::vector<claim> claims, std::vector<judged_pair> const& pairs,
                                   speaker_directory const& directory, std::span<claim_link const> links = {});

/// Numbers that moved: the measured quantities of `claims` (in date order) grouped into series of
/// one metric (the same unit) and one subject (a name both sentences hold, with a word around the
/// number in common), across articles or sources; series with two amounts or more, each step
/// between two articles or sources whose amounts differ.
std::vector<number_series> find_number_series(std::vector<claim> const& claims);
/// Keeps only what concerns these speakers (canonical ids): their changes and topics, and the
/// disagreements they take part in.
void keep_speakers(claim_report& report, std::set<std::string> const& entities);

} // namespace verbatim
