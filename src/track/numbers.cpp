// track/numbers.cpp — numbers that moved: one count or measure of one subject followed from
// article to article ("Category 5" → "Category 2" of Dorian; 18 → 85 active cases in Victoria).
//
// A measured quantity of a claim or figure is a point. Points are taken in date order; each
// continues the latest series of its unit whose last point measures the same thing of the same
// subject (same_measure), or opens a series of its own. Series are found through an index of
// (unit, name near the number), never by comparing all pairs; a series is reported when two of
// its points from two articles or sources differ.
#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <deque>
#include <optional>
#include <tuple>
#include <unordered_map>

#include <memory>
#include <span>

#include <fmt/format.h>

#include "language.hpp"
#include "verbatim/tracker.hpp"

namespace verbatim {
namespace {

/// A series is not continued after this long without a point: numbers that move are a story
/// that develops; the same count months later is most often another event's.
constexpr long max_gap_days = 120;
/// Two sources of one article give two numbers of one thing only on strong evidence (an article
/// holds many numbers of one unit about different things).
constexpr double same_article_sureness = 3.0;

/// Days from the civil date `d` (YYYY-MM-DD) since 1970-01-01; nothing when it is not one.
std::optional<long> day_number(std::string_view d) {
    if (d.size() != 10 || d[4] != '-' || d[7] != '-') return std::nullopt;
    auto num = [&](std::size_t at, std::size_t n) {
        long v = 0;
        for (std::size_t k = at; k < at + n; ++k) {
            if (d[k] < '0' || d[k] > '9') return -1L;
            v = v * 10 + (d[k] - '0');
        }
        return v;
    };
    long y = num(0, 4), m = num(5, 2), day = num(8, 2);
    if (y < 0 || m < 1 || m > 12 || day < 1 || day > 31) return std::nullopt;
    // (H. Hinnant's days_from_civil)
    y -= m <= 2;
    long const era = (y >= 0 ? y : y - 399) / 400;
    long const yoe = y - era * 400;
    long const doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    long const doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

/// How much surer a match is for being this many days apart: numbers that move from article to
/// article within days are a developing story, surer than months apart.
double recency(long days) { return 1.0 - static_cast<double>(std::min(days, max_gap_days)) / static_cast<double>(max_gap_days); }

/// Days between two dates (0 when either is unknown).
long days_between(word_view a, word_view b) {
    auto x = day_number(a.view()), y = day_number(b.view());
    return x && y ? std::labs(*y - *x) : 0;
}

/// Under how many names of its last point's sentence (the rarest) a series is found.
constexpr std::size_t index_names = 12;
/// How many of the series last continued under one (unit, name) a point may continue.
constexpr std::size_t recent_series = 8;

bool bare_unit(word_view unit) {
    auto u = unit.view();
    return u == "percent" || u.find_first_of("abcdefghijklmnopqrstuvwxyz") == std::string_view::npos; // %, $, €, £
}

bool contains(std::span<word_view const> v, word_view w) { return std::find(v.begin(), v.end(), w) != v.end(); }

/// How telling each name is as the subject of a number: names held by many of the claims and
/// figures ("COVID", "United") say less than rare ones ("Dorian", "Victoria").
class name_weights {
public:
    static constexpr std::size_t min_sentences = 1000;
    explicit name_weights(std::vector<claim> const& claims) {
        std::unordered_map<word_view, std::size_t> df;
        std::size_t sentences = 0;
        for (auto const& c : claims) {
            ++sentences;
            for (auto n : c.form.names()) ++df[n];
        }
        // (a small corpus cannot tell a common name from a rare one: it is read as part of a
        // corpus of min_sentences, where each of its names is rare)
        auto const n = static_cast<double>(std::max(sentences, min_sentences));
        for (auto const& [name, k] : df) weight_.emplace(name, std::log(1.0 + n / static_cast<double>(k)));
    }
    double operator()(word_view name) const {
        auto it = weight_.find(name);
        return it == weight_.end() ? 0.0 : it->second;
    }

private:
    std::unordered_map<word_view, double> weight_;
};

/// The words of a quantity's unit, as words ("activ cas" -> activ, cas): a name among them is
/// what is measured, not its subject.
struct unit_words {
    explicit unit_words(quantity const& q) {
        auto u = q.unit.view();
        for (std::size_t at = 0; at < u.size() && count < words.size();) {
            auto end = std::min(u.find(' ', at), u.size());
            words[count++] = intern(u.substr(at, end - at));
            at = end + 1;
        }
    }
    bool has(word_view w) const { return std::find(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(count), w) != words.begin() + static_cast<std::ptrdiff_t>(count); }
    std::array<word_view, 4> words{};
    std::size_t count = 0;
};

/// Whether two sentences name the years they speak of and none in common ("in 2016" / "in
/// 2020": the numbers hold for different times).
bool other_years(claim const& a, claim const& b) {
    auto years = [](claim const& c) {
        std::vector<word_view> out;
        for (auto t : c.form.times())
            if (t.view().size() == 4 && std::all_of(t.view().begin(), t.view().end(), [](char ch) { return ch >= '0' && ch <= '9'; }))
                out.push_back(t);
        return out;
    };
    auto ya = years(a), yb = years(b);
    return !ya.empty() && !yb.empty() && std::none_of(ya.begin(), ya.end(), [&](word_view y) { return contains(yb, y); });
}

/// The weight of the names two sentences share that make a subject ("Dorian" alone is enough,
/// "United" and "COVID" are not).
constexpr double subject_weight = 5.0;

/// Whether a unit says by itself what is measured: a scale ("Category 5", "magnitude 6.1") or a
/// counted noun with its modifier ("active cases", "pledged delegates"); "people", "votes" or a
/// percentage need a word around the number to say it ("killed", "inflation").
bool specific_unit(quantity const& q) { return q.scale || q.unit.view().find(' ') != std::string_view::npos; }

/// The capitalised words of a text as written, each with its lower case (names are read from
/// them: a sentence holds a few dozen, a long quotation thousands of other words).
struct capitalised_words {
    explicit capitalised_words(std::string_view text) {
        auto word_char = [](char ch) { return std::isalnum(static_cast<unsigned char>(ch)) || static_cast<unsigned char>(ch) >= 0x80; };
        for (std::size_t at = 0; at < text.size();) {
            if (!word_char(text[at])) {
                ++at;
                continue;
            }
            auto end = at;
            while (end < text.size() && word_char(text[end])) ++end;
            if (text[at] >= 'A' && text[at] <= 'Z') {
                // (a name of several words: "United States", "New South Wales")
                bool const follows = !words.empty() && words.back().data() + words.back().size() + 1 == text.data() + at &&
                                     text[at - 1] == ' ';
                if (!follows) runs.emplace_back(words.size(), 0);
                words.push_back(text.substr(at, end - at));
                ++runs.back().second;
            }
            at = end;
        }
    }
    /// Whether the text writes a name of several words ("Piet Vos", "United States").
    bool has_runs() const {
        return std::any_of(runs.begin(), runs.end(), [](auto const& r) { return r.second >= 2; });
    }
    /// The words of the text's names of several words, and of those that name places ("United"
    /// of "the United States"), each read once per text.
    void read_runs() {
        if (runs_read) return;
        runs_read = true;
        for (auto [first, n] : runs) {
            if (n < 2) continue;
            for (std::size_t k = first; k < first + n; ++k) run_words.push_back(words[k]);
            for (std::size_t len = std::min<std::size_t>(n, 4); len >= 2; --len)
                for (std::size_t k = first; k + len <= first + n; ++k) {
                    auto const begin = words[k].data();
                    auto const end = words[k + len - 1].data() + words[k + len - 1].size();
                    if (grammars::is_place_name(std::string_view(begin, static_cast<std::size_t>(end - begin))))
                        for (std::size_t m = k; m < k + len; ++m) place_words.push_back(words[m]);
                }
        }
    }
    bool in_name_of_words(std::string_view written) const { return std::find(run_words.begin(), run_words.end(), written) != run_words.end(); }
    bool in_place_of_words(std::string_view written) const { return std::find(place_words.begin(), place_words.end(), written) != place_words.end(); }
    /// The word a name (a base form, lower case) stands for, as written (`dorian` -> `Dorian`,
    /// `senat` -> `Senate`, `jeffry` -> `Jeffries`: a base form may end otherwise than the word,
    /// so its stem is tried too); else the base form.
    std::string as_written(std::string_view base) const {
        auto starts_with = [](std::string_view word, std::string_view stem) {
            if (word.size() < stem.size()) return false;
            for (std::size_t k = 0; k < stem.size(); ++k)
                if (std::tolower(static_cast<unsigned char>(word[k])) != static_cast<unsigned char>(stem[k])) return false;
            return true;
        };
        for (std::size_t len = base.size(); len + 2 >= base.size() && len >= 3; --len)
            for (auto written : words)
                if (starts_with(written, base.substr(0, len))) return std::string(written);
        return std::string(base);
    }
    std::vector<std::string_view> words;
    std::vector<std::pair<std::size_t, std::size_t>> runs; ///< capitalised words next to each other: first, how many
    std::vector<std::string_view> run_words, place_words;  ///< see read_runs
    bool runs_read = false;
};

/// What the names of one sentence are, read once per sentence and kept sorted (a long quotation
/// holds dozens, and is asked about them many times): its names, those of them that name a
/// subject (no common word or title written with a capital: "Party", "President", "Senator"), and
/// the places among them.
struct sentence_names {
    std::span<word_view const> all, subjects, places, persons; ///< each sorted by word number
    static bool before(word_view a, word_view b) { return a.id() < b.id(); }
    static bool in(std::span<word_view const> v, word_view w) { return std::binary_search(v.begin(), v.end(), w, before); }
    bool has(word_view n) const { return in(all, n); }
    bool names_subject(word_view n) const { return in(subjects, n); }
    bool is_place(word_view n) const { return in(places, n); }
    bool is_person(word_view n) const { return in(persons, n); }
};

/// Where the names of the sentences are kept: chunks that never move (a span handed out stays
/// valid), one allocation for thousands of sentences.
class word_arena {
public:
    std::span<word_view> take(std::size_t n) {
        if (chunks_.empty() || used_ + n > chunk_words) {
            chunks_.push_back(std::make_unique<word_view[]>(std::max(n, chunk_words)));
            used_ = 0;
        }
        auto* at = chunks_.back().get() + used_;
        used_ += n;
        return {at, n};
    }

private:
    static constexpr std::size_t chunk_words = 1 << 16;
    std::vector<std::unique_ptr<word_view[]>> chunks_;
    std::size_t used_ = 0;
};

/// Whether a sentence says a word: among its names or its terms (read in text order: asked only
/// once the cheaper tests have passed).
bool says(claim const& c, sentence_names const& names, word_view w) { return names.has(w) || contains(c.form.terms(), w); }

/// Whether a name of the kind `is` asks for (a place, `&sentence_names::is_place`; any name of a
/// subject, `&sentence_names::names_subject`) is written near the quantity `q` (of a sentence with
/// names `names`) that the `other` sentence does not say ("13 new cases in Victoria" / "… in New
/// South Wales").
bool named_near_the_other_lacks(bool (sentence_names::*is)(word_view) const, quantity const& q, sentence_names const& names,
                                claim const& other, sentence_names const& other_names) {
    return std::any_of(q.context.begin(), q.context.end(), [&](word_view n) { return (names.*is)(n) && !says(other, other_names, n); });
}
bool place_the_other_lacks(quantity const& q, sentence_names const& names, claim const& other, sentence_names const& other_names) {
    return named_near_the_other_lacks(&sentence_names::is_place, q, names, other, other_names);
}
bool name_the_other_lacks(quantity const& q, sentence_names const& names, claim const& other, sentence_names const& other_names) {
    return named_near_the_other_lacks(&sentence_names::names_subject, q, names, other, other_names);
}

/// How many different amounts of a unit a claim states.
std::size_t amounts_of(claim const& c, word_view unit) {
    std::vector<quantity const*> seen;
    for (auto const& q : c.form.quantities)
        if (q.unit == unit && std::none_of(seen.begin(), seen.end(), [&](quantity const* s) { return same_amount(*s, q); })) seen.push_back(&q);
    return seen.size();
}

/// Whether people are named near both numbers, and none near both: each number is another
/// person's ("Lena Holt received 5,617 votes" / "Piet Vos received 6,777 votes"; "Anna Berg
/// earned 8 delegates, Omar Farid earned 6" / "Omar Farid earned the other two delegates").
/// A person is named by a first name, or by a name of several words that is no place.
bool other_holders(quantity const& a, sentence_names const& na, quantity const& b, sentence_names const& nb) {
    bool a_has = false, b_has = false;
    for (auto n : a.context)
        if (na.is_person(n)) {
            a_has = true;
            if (contains(b.context, n)) return false;
        }
    for (auto n : b.context) b_has = b_has || nb.is_person(n);
    return a_has && b_has;
}

/// What a name is (read from its written form once per name: a corpus repeats its names).
struct name_kind {
    bool subject = false, place = false, person = false;
};

/// Whether the name `n` is only the capitalised plural of an everyday word opening the sentence
/// ("Officials said four people died"): no name of a subject there.
bool plural_opening(std::string_view text, word_view n) {
    std::size_t end = 0;
    while (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end]))) ++end;
    auto const first = text.substr(0, end);
    if (first.size() <= 3 || first[0] < 'A' || first[0] > 'Z' || first.back() != 's') return false;
    auto const stem = n.view();
    if (stem.size() > first.size()) return false;
    for (std::size_t k = 0; k < stem.size(); ++k)
        if (std::tolower(static_cast<unsigned char>(first[k])) != static_cast<unsigned char>(stem[k])) return false;
    return grammars::is_common_word(first.substr(0, first.size() - 1)) && !grammars::is_place_name(first);
}

sentence_names names_of(claim const& c, word_arena& arena, std::unordered_map<word_view, name_kind>& kinds) {
    std::vector<word_view> all, subjects, places, persons;
    std::optional<capitalised_words> written_words; // (read only for a name not met before)
    for (auto n : c.form.names()) {
        auto [it, added] = kinds.try_emplace(n);
        if (added) {
            if (!written_words) written_words.emplace(c.text);
            auto written = written_words->as_written(n.view());
            it->second.subject = !grammars::is_common_word(written) && !grammars::is_title_word(written);
            it->second.place = grammars::is_place_name(written);
            it->second.person = grammars::is_first_name(written);
        }
        all.push_back(n);
        if (it->second.subject && !plural_opening(c.text, n)) subjects.push_back(n);
        if (it->second.person) persons.push_back(n);
        if (it->second.place) places.push_back(n);
        if (it->second.place) continue;
        // (in this sentence only: a word of a name of several words that is no place is a
        // person's, "Piet Vos"; one of a place's is a place, the "United" of "United
        // States", not of "United Nations")
        if (!written_words) written_words.emplace(c.text);
        if (!written_words->has_runs()) continue;
        written_words->read_runs();
        auto const written = written_words->as_written(n.view());
        bool const in_place = written_words->in_place_of_words(written);
        if (in_place) places.push_back(n);
        if (!it->second.person && it->second.subject && !in_place && written_words->in_name_of_words(written))
            persons.push_back(n);
    }
    auto keep = [&](std::vector<word_view>& v) -> std::span<word_view const> {
        std::sort(v.begin(), v.end(), sentence_names::before);
        v.erase(std::unique(v.begin(), v.end()), v.end());
        auto out = arena.take(v.size());
        std::copy(v.begin(), v.end(), out.begin());
        return out;
    };
    return {keep(all), keep(subjects), keep(places), keep(persons)};
}

/// Whether two quantities of one unit measure the same thing of the same subject: the sentences
/// share names enough to name one subject, one of them near a number; neither has a name near its
/// number that the other sentence lacks ("13 new cases in Victoria" / "78 new cases in New South
/// Wales": two subjects); what is measured is the same (a specific unit, one source's figures,
/// or a word around both numbers: "inflation", "killed"); and the sentences do not speak of
/// different years. Returns how sure the match is (higher is surer), nothing when there is none.
std::optional<double> same_measure(claim const& ca, quantity const& a, sentence_names const& na, claim const& cb, quantity const& b,
                                   sentence_names const& nb, unit_words const& unit, name_weights const& weight) {
    double shared = 0;
    bool near = false, place_near_both = false;
    for (auto n : na.all)
        if (nb.has(n) && !unit.has(n)) {
            if (na.names_subject(n)) shared += weight(n);
            near = near || contains(a.context, n) || contains(b.context, n);
            // (a place both numbers are counted in is their subject, when what is counted is said
            // alike around both: "5,000 deaths linked to the virus in Portugal" / "deaths
            // linked to … surpassed 100,000 in the United States")
            place_near_both = place_near_both || (na.is_place(n) && nb.is_place(n) && contains(a.context, n) && contains(b.context, n));
        }
    bool const by_place = shared < subject_weight && place_near_both;
    if (by_place) shared = subject_weight;
    if (shared < subject_weight || !near) return std::nullopt;
    // What is measured, said alike: words that are no names around both numbers, or around one
    // of them and in the other sentence ("the RealClearPolitics average, 49.4 percent" / "Biden's
    // lead in the RealClearPolitics average … 49.9 percent").
    auto plain = [&](word_view w) { return !na.has(w) && !nb.has(w) && !unit.has(w); };
    std::size_t what = 0, what_one_side = 0;
    for (auto w : a.context) what += contains(b.context, w) && plain(w);
    if (by_place && what == 0) return std::nullopt; // (a place alone, and two things counted there)
    bool const one_source = !ca.reported && !cb.reported && ca.entity == cb.entity;
    bool const needs_what = bare_unit(a.unit) || (!specific_unit(a) && !one_source);
    if (needs_what && what == 0) {
        for (auto w : a.context) what_one_side += !contains(b.context, w) && plain(w) && says(cb, nb, w);
        for (auto w : b.context) what_one_side += !contains(a.context, w) && plain(w) && says(ca, na, w);
        if (what_one_side == 0) return std::nullopt;
    }
    // Two places, one near each number, that the other sentence lacks: two subjects.
    if (place_the_other_lacks(a, na, cb, nb) && place_the_other_lacks(b, nb, ca, na)) return std::nullopt;
    if (other_holders(a, na, b, nb)) return std::nullopt;
    if (other_years(ca, cb)) return std::nullopt;
    // How sure: what is measured said alike, one source's own figures, a unit that says it, a
    // subject named by rare names.
    return static_cast<double>(what) + 0.5 * static_cast<double>(what_one_side) + (one_source ? 1.0 : 0.0) + (specific_unit(a) ? 1.0 : 0.0) + std::min(shared / subject_weight, 2.0) / 2;
}

/// The unit as the quantity's text writes it: "13 new cases" -> "new cases", "$5" -> "$".
std::string metric_of(quantity const& q) {
    auto space = q.text.find(' ');
    if (space != std::string::npos) return q.text.substr(space + 1);
    return std::string(q.unit.view());
}

/// One point of a series, and how sure its match with the point before it was.
struct member {
    number_point point;
    double sure = 0;
};

/// The series of a corpus, built point by point in date order (see the file's head).
class series_builder {
public:
    explicit series_builder(std::vector<claim> const& claims) : claims_(claims), weight_(claims), names_slot_(claims.size(), 0) {}

    void add(std::size_t i, std::size_t k) {
        auto const& q = quantity_of({i, k});
        auto const& unit = units_.try_emplace(q.unit, q).first->second;
        // (a number of nothing named is followed only where two sources of one article measure
        // the same: "the quake measured 6.6" / "it was of 7.0 magnitude")
        bool const named = read_names(claims_[i], q, unit);
        bool const in_one_article = sources_measure(claims_[i], q) ||
                                  (!claims_[i].reported && !claims_[i].entity.empty() && in_article_.contains(article_key(claims_[i].doc, q.unit)));
        if (!named && !in_one_article) return;
        auto best = series_to_continue(i, q, unit);
        if (!best && in_one_article) best = series_in_article(i, q);
        std::size_t s = best ? best->first : last_.size();
        nodes_.push_back({{{i, k}, best ? best->second : 0.0}, best ? last_[s] + 1 : 0});
        if (best) {
            last_[s] = static_cast<std::uint32_t>(nodes_.size() - 1);
            ++length_[s];
        } else {
            last_.push_back(static_cast<std::uint32_t>(nodes_.size() - 1));
            length_.push_back(1);
        }
        keep_under_names(q.unit, s);
        if (in_one_article) keep_in_article(claims_[i].doc, q.unit, s);
    }

    /// The series of two points or more, each in date order.
    std::vector<std::vector<member>> series() const {
        std::vector<std::vector<member>> out;
        for (std::size_t s = 0; s < last_.size(); ++s) {
            if (length_[s] < 2) continue;
            auto& members = out.emplace_back(length_[s]);
            std::size_t n = last_[s] + 1;
            for (auto k = members.size(); k-- > 0; n = nodes_[n - 1].prev) members[k] = nodes_[n - 1].m;
        }
        return out;
    }
    quantity const& quantity_of(number_point p) const { return claims_[p.claim].form.quantities[p.quantity]; }

private:
    /// The names of the point's sentence (those of its unit left out), the rarest index_names of
    /// them kept, and those near its number; false when it names none.
    bool read_names(claim const& c, quantity const& q, unit_words const& unit) {
        names_.clear();
        near_.clear();
        for (auto n : c.form.names())
            if (!unit.has(n)) {
                names_.push_back(n);
                if (contains(q.context, n)) near_.push_back(n);
            }
        if (names_.size() > index_names) {
            weighed_.clear();
            for (auto n : names_) weighed_.emplace_back(-weight_(n), n.id(), n);
            std::partial_sort(weighed_.begin(), weighed_.begin() + static_cast<std::ptrdiff_t>(index_names), weighed_.end(),
                              [](auto const& x, auto const& y) { return std::tie(std::get<0>(x), std::get<1>(x)) < std::tie(std::get<0>(y), std::get<1>(y)); });
            names_.clear();
            for (std::size_t n = 0; n < index_names; ++n) names_.push_back(std::get<2>(weighed_[n]));
        }
        return !names_.empty();
    }

    /// The series this point continues, found under the names near its number, and how sure:
    /// a repeat of the same amount first (a sentence of two numbers repeated in another article
    /// continues two series, each with its own), then the surest match, then the latest.
    std::optional<std::pair<std::size_t, double>> series_to_continue(std::size_t i, quantity const& q, unit_words const& unit) {
        auto const& c = claims_[i];
        std::optional<std::size_t> best;
        std::tuple<bool, double, std::size_t> best_rank{false, 0.0, 0};
        auto& by_name = open_[q.unit];
        tried_.clear();
        for (auto w : near_) {
            auto it = by_name.find(w);
            if (it == by_name.end()) continue;
            auto const& ids = it->second;
            // (the latest few under each name: a series not continued for long is closed)
            for (std::size_t n = 0; n < ids.size() && n < recent_series; ++n) {
                auto id = ids[ids.size() - 1 - n];
                if (std::find(tried_.begin(), tried_.end(), id) != tried_.end()) continue;
                tried_.push_back(id);
                auto last = nodes_[last_[id]].m.point;
                auto const& lc = claims_[last.claim];
                if (last.claim == i || (lc.doc == c.doc && lc.entity == c.entity)) continue;
                auto const days = days_between(lc.date, c.date);
                if (days > max_gap_days) continue;
                auto sure = same_measure(lc, quantity_of(last), names_in(last.claim), c, q, names_in(i), unit, weight_);
                if (!sure) continue;
                // The series' latest point in another article, when its last point is in this one.
                auto const elsewhere = lc.doc == c.doc ? latest_elsewhere(id, c.doc) : std::nullopt;
                // (a series that other articles have followed already needs no more of this one,
                // unless a guess is one of the two: "the virus may cause 30,000 deaths")
                if (lc.doc == c.doc && *sure < same_article_sureness && (q.hedged || quantity_of(last).hedged || !elsewhere)) continue;
                if (lc.doc != c.doc) *sure += recency(days);
                // (joined in one article to a series other articles followed: as sure as the
                // match with the latest point of those)
                if (elsewhere) {
                    auto const& oc = claims_[elsewhere->claim];
                    if (auto s2 = same_measure(oc, quantity_of(*elsewhere), names_in(elsewhere->claim), c, q, names_in(i), unit, weight_))
                        *sure = std::max(*sure, *s2 + recency(days_between(oc.date, c.date)));
                }
                std::tuple<bool, double, std::size_t> rank{same_amount(quantity_of(last), q), *sure, last.claim};
                if (!best || rank > best_rank) best = id, best_rank = rank;
            }
        }
        if (!best) return std::nullopt;
        return std::pair{*best, std::get<1>(best_rank)};
    }

    /// Whether a quantity is a source's measure of a thing its words name (a scale, "magnitude
    /// 6.6"; a count of deaths, "90 were dead"), which another source of the same article may
    /// give otherwise: the thing is the article's (its quake, its attack), named or not.
    static bool sources_measure(claim const& c, quantity const& q) { return !c.reported && !c.entity.empty() && (q.scale || q.typed); }

    /// The series a source's measure continues in its own article: the latest whose last point is
    /// another source's number of the same unit there (one of the two a scale or count of deaths), near no place or year the other lacks
    /// (two sources, two amounts of one thing: "90 were dead", the rebels said; "the attack had
    /// killed twelve", the governor's spokesman said).
    std::optional<std::pair<std::size_t, double>> series_in_article(std::size_t i, quantity const& q) {
        auto const& c = claims_[i];
        auto it = in_article_.find(article_key(c.doc, q.unit));
        if (it == in_article_.end()) return std::nullopt;
        for (auto id = it->second.rbegin(); id != it->second.rend(); ++id) {
            auto last = nodes_[last_[*id]].m.point;
            auto const& lc = claims_[last.claim];
            if (last.claim == i || lc.doc != c.doc || lc.entity == c.entity || lc.reported || lc.entity.empty()) continue;
            if (q.hedged || quantity_of(last).hedged) continue; // (a guess is no measure to disagree with)
            // (a sentence giving two amounts of the unit counts several things: "… one in
            // Arlen, killing three, and another where at least five died")
            if (amounts_of(lc, q.unit) > 1 || amounts_of(c, q.unit) > 1) continue;
            if (!sources_measure(lc, quantity_of(last)) && !sources_measure(c, q)) continue; // ("it was of 7.0 magnitude" after "magnitude 6.6")
            auto const& na = names_in(last.claim);
            auto const& nb = names_in(i);
            if (place_the_other_lacks(quantity_of(last), na, c, nb) || place_the_other_lacks(q, nb, lc, na) || other_years(lc, c)) continue;
            // ("790 Arlish soldiers were killed" / "2,300 Bexish soldiers were killed": a
            // name near each number that the other sentence lacks, two things counted)
            if (name_the_other_lacks(quantity_of(last), na, c, nb) && name_the_other_lacks(q, nb, lc, na)) continue;
            return std::pair{*id, same_article_sureness};
        }
        return std::nullopt;
    }
    static std::uint64_t article_key(word_view doc, word_view unit) { return (std::uint64_t{doc.id()} << 32U) | unit.id(); }
    void keep_in_article(word_view doc, word_view unit, std::size_t s) {
        auto& ids = in_article_[article_key(doc, unit)];
        std::erase(ids, s);
        ids.push_back(s);
        if (ids.size() > recent_series) ids.erase(ids.begin());
    }

    /// The latest point of series `id` in an article other than `doc` (of its last few), if any.
    std::optional<number_point> latest_elsewhere(std::size_t id, word_view doc) const {
        std::size_t n = last_[id] + 1;
        for (std::size_t looked = 0; n > 0 && looked < recent_series; ++looked, n = nodes_[n - 1].prev)
            if (claims_[nodes_[n - 1].m.point.claim].doc != doc) return nodes_[n - 1].m.point;
        return std::nullopt;
    }

    /// Keeps series `s` under the names of its new last point (only the latest few are ever
    /// looked at: each list stays short, whatever the corpus).
    void keep_under_names(word_view unit, std::size_t s) {
        auto& by_name = open_[unit];
        for (auto n : names_) {
            auto& ids = by_name[n];
            if (!ids.empty() && ids.back() == s) continue;
            std::erase(ids, s);
            ids.push_back(s);
            if (ids.size() > 2 * recent_series) ids.erase(ids.begin(), ids.begin() + static_cast<std::ptrdiff_t>(recent_series));
        }
    }

    /// The names of a sentence, read when first asked.
    sentence_names const& names_in(std::size_t k) {
        if (!names_slot_[k]) {
            names_read_.push_back(names_of(claims_[k], arena_, kinds_));
            names_slot_[k] = static_cast<std::uint32_t>(names_read_.size());
        }
        return names_read_[names_slot_[k] - 1];
    }

    std::vector<claim> const& claims_;
    name_weights const weight_;
    std::unordered_map<word_view, unit_words> units_; ///< each unit's words, read once
    std::unordered_map<word_view, name_kind> kinds_;  ///< each name's kind, read once
    word_arena arena_;
    std::deque<sentence_names> names_read_;
    std::vector<std::uint32_t> names_slot_; ///< by claim: its slot in names_read_ + 1, or 0
    /// The points in the order they came, each linked to the one before it in its series (a
    /// corpus holds hundreds of thousands of series, most of one point: no list each).
    struct node {
        member m;
        std::uint32_t prev = 0; ///< the node before in its series + 1, or 0
    };
    std::vector<node> nodes_;
    std::vector<std::uint32_t> last_, length_; ///< by series: its last node, its number of points
    /// unit -> name of a sentence -> the series whose last point's sentence holds it, latest last.
    std::unordered_map<word_view, std::unordered_map<word_view, std::vector<std::size_t>>> open_;
    /// (article, unit) -> the series whose last point is a source's measure there, latest last.
    std::unordered_map<std::uint64_t, std::vector<std::size_t>> in_article_;
    std::vector<word_view> names_, near_;
    std::vector<std::tuple<double, std::uint32_t, word_view>> weighed_;
    std::vector<std::size_t> tried_;
};

/// A series' steps: where the amount changes, from the point of the run before it that has the
/// same source (one source's own figure changed), else from the run's last point.
std::vector<claim_change> steps_of(std::vector<member> const& members, std::vector<claim> const& claims, series_builder const& b) {
    std::vector<claim_change> steps;
    std::size_t run = 0; // first member of the current run of one amount
    for (std::size_t k = 1; k < members.size(); ++k) {
        auto later = members[k].point;
        if (same_amount(b.quantity_of(members[k - 1].point), b.quantity_of(later))) continue;
        auto earlier = members[k - 1].point;
        for (std::size_t r = run; r < k; ++r)
            if (!claims[later.claim].reported && !claims[members[r].point.claim].reported &&
                claims[members[r].point.claim].entity == claims[later.claim].entity)
                earlier = members[r].point;
        run = k;
        if (claims[earlier.claim].text == claims[later.claim].text) continue; // one sentence repeated
        judgement v;
        v.rel = relation::number_change;
        v.rule = "series";
        v.reasons.push_back(fmt::format("series: {} then {}", b.quantity_of(earlier).text, b.quantity_of(later).text));
        steps.push_back(claim_change{earlier.claim, later.claim, std::move(v), members[k].sure});
    }
    return steps;
}

} // namespace

std::vector<number_series> find_number_series(std::vector<claim> const& claims) {
    series_builder builder(claims);
    for (std::size_t i = 0; i < claims.size(); ++i)
        for (std::size_t k = 0; k < claims[i].form.quantities.size(); ++k)
            if (is_measured(claims[i].form.quantities[k])) builder.add(i, k);
    std::vector<number_series> out;
    for (auto const& members : builder.series()) {
        if (members.size() < 2) continue;
        number_series s;
        s.steps = steps_of(members, claims, builder);
        if (s.steps.empty()) continue;
        auto const first = members.front().point;
        auto const& q = builder.quantity_of(first);
        s.metric = metric_of(q);
        // The names every point's sentence holds.
        capitalised_words const written_words(claims[first.claim].text);
        unit_words const unit(q);
        for (auto name : claims[first.claim].form.names())
            if (!unit.has(name) &&
                std::all_of(members.begin(), members.end(), [&](member const& m) { return contains(claims[m.point.claim].form.names(), name); }))
                s.subject.push_back(written_words.as_written(name.view()));
        for (auto const& m : members) s.points.push_back(m.point);
        out.push_back(std::move(s));
    }
    // Surest first: by the surest step, then the most steps.
    auto surest = [](number_series const& n) {
        double best = 0;
        for (auto const& st : n.steps) best = std::max(best, st.score);
        return best;
    };
    std::stable_sort(out.begin(), out.end(), [&](number_series const& a, number_series const& b) {
        auto sa = surest(a), sb = surest(b);
        return sa != sb ? sa > sb : a.steps.size() > b.steps.size();
    });
    return out;
}

} // namespace verbatim
