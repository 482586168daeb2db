#include "resolve/phrase_parts.hpp"

#include <algorithm>

namespace verbatim::resolve::detail {

std::string span_text(std::string_view text, std::size_t b, std::size_t e) { return std::string(text.substr(b, e - b)); }

bool is_acronym(std::string_view w) {
    std::size_t letters = 0;
    for (char c : w) {
        if (c >= 'A' && c <= 'Z') ++letters;
        else if (c != '.' && c != '&') return false;
    }
    return letters >= 2;
}

std::string strip_possessive(std::string s) {
    for (std::string_view suf : {"\xE2\x80\x99s", "'s", "\xE2\x80\x99", "'"})
        if (s.size() > suf.size() && s.ends_with(suf)) return s.substr(0, s.size() - suf.size());
    return s;
}

std::string lower(std::string s) {
    for (auto& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

namespace {

/// Whether a word written right after `before` opens a sentence (after the paragraph's start,
/// a full stop, question or exclamation mark, and any opening quotation mark or bracket).
bool starts_sentence(std::string_view before) {
    while (!before.empty()) {
        if (before.back() == ' ' || before.back() == '"' || before.back() == '(') before.remove_suffix(1);
        else if (before.ends_with("\xE2\x80\x9C") || before.ends_with("\xE2\x80\x98")) before.remove_suffix(3);
        else break;
    }
    return before.empty() || before.back() == '\n' || before.back() == '.' || before.back() == '!' || before.back() == '?';
}

} // namespace

/// First token of a run of name tokens [from, to) after a leading place or organisation name
/// ("United States Joe Biden" -> "Joe Biden"), keeping at least two name words.
std::size_t after_body_prefix(std::string_view text, std::vector<g::np_token> const& t, std::size_t from, std::size_t to) {
    if (to <= from) return from;
    // "Israel Defense Forces", "Brigade de Recherche": the whole run names a body.
    if (g::is_organization_name(text.substr(t[from].begin, t[to - 1].end - t[from].begin))) return from;
    for (std::size_t k = to >= 2 ? to - 2 : from; k > from; --k) {
        auto prefix = text.substr(t[from].begin, t[k - 1].end - t[from].begin);
        if (g::is_place_name(prefix) || g::is_organization_name(prefix)) return k;
    }
    // "(Chancellor of the) Exchequer Rishi Sunak": a first name starts the person's name.
    auto const first = text.substr(t[from].begin, t[from].end - t[from].begin);
    // (but "Andrés Manuel López Obrador": a word the lists do not know may be a first name too,
    // unless a body's name stands there, after "of"/"for" or with a word no name is made of)
    auto const before = text.substr(0, t[from].begin);
    bool const body_place = before.ends_with(" of ") || before.ends_with(" for ") || before.ends_with(" of the ") ||
                            before.ends_with(" for the ");
    auto const not_a_name = [&](std::size_t k) {
        auto const w = text.substr(t[k].begin, t[k].end - t[k].begin);
        return g::is_common_word(w) || is_acronym(w) || g::is_place_name(w) || g::is_organization_name(w) || g::is_title_word(w);
    };
    if (!g::is_first_name(first))
        for (std::size_t k = from + 1; k + 1 < to; ++k) {
            if (g::is_first_name(text.substr(t[k].begin, t[k].end - t[k].begin)) &&
                (body_place || std::any_of(t.begin() + static_cast<std::ptrdiff_t>(from), t.begin() + static_cast<std::ptrdiff_t>(k),
                                           [&](g::np_token const& w) { return not_a_name(static_cast<std::size_t>(&w - t.data())); })))
                return k;
        }
    if (to - from < 2) return from;
    // "(Minister of Solidarity and) Health Olivier Véran", "Fourteen-year-old Zoe": the end of a
    // body's name cut at "and" before two names, or an age, is no part of the person's name.
    if (first.ends_with("-year-old")) return from + 1;
    bool const after_and = before.ends_with(" and ") || before.ends_with(" & ");
    if (after_and && to - from >= 3 && g::is_common_word(first) && !g::is_first_name(first)) return from + 1;
    // "Regarding Ashodaya", "Believing Hale was …": a participle that opens a sentence opens a
    // clause, and its capital starts no name. (The cheap tests first: this runs for every name.)
    std::size_t const suffix = first.ends_with("ing") ? 3 : first.ends_with("ed") ? 2 : 0;
    if (suffix == 0 || first.size() < suffix + 3 || !starts_sentence(before)) return from;
    auto const stem = lower(std::string(first.substr(0, first.size() - suffix)));
    bool const participle = g::is_common_word(stem) || g::is_common_word(stem + "e");
    bool const opening = participle && !g::is_first_name(first) && !g::is_place_name(text.substr(t[from].begin, t[to - 1].end - t[from].begin));
    return opening ? from + 1 : from;
}

/// Where a person's name of two words or more follows a body's or place's name with no comma
/// ("Central Bank of Sri Lanka Ajith Cabraal", "Chinese Foreign Ministry Hua Chunying"): the
/// byte where the person's name starts in `words`, or npos. `is_body` says whether a run of
/// words names a body or a place.
std::size_t person_after_body(std::string_view words, bool (*is_body)(std::string_view)) {
    std::vector<std::size_t> starts;
    for (std::size_t i = 0; i < words.size(); ++i)
        if (words[i] != ' ' && (i == 0 || words[i - 1] == ' ')) starts.push_back(i);
    if (starts.size() < 3) return std::string_view::npos;
    for (std::size_t k = starts.size() - 2; k >= 1; --k) {
        auto const rest = words.substr(starts[k]);
        bool const capitals = std::all_of(starts.begin() + static_cast<std::ptrdiff_t>(k), starts.end(),
                                          [&](std::size_t at) { return words[at] >= 'A' && words[at] <= 'Z'; });
        auto prefix = words.substr(0, starts[k]);
        while (!prefix.empty() && prefix.back() == ' ') prefix.remove_suffix(1);
        auto const first = rest.substr(0, rest.find(' '));
        bool const personal = g::is_first_name(first) ||
                              (!g::is_common_word(first) && !g::in_class(first, g::word_class::place_opener) && !g::is_place_name(first) &&
                               !g::is_title_word(first));
        if (capitals && personal && !g::is_organization_name(rest) && !g::is_place_name(rest) && is_body(prefix)) return starts[k];
    }
    return std::string_view::npos;
}

namespace {

/// The tokens of a phrase, where its words start (after a determiner) and stop (at a link).
struct phrase_span {
    std::vector<g::np_token> const& t;
    std::size_t first, stop;
};

/// Whether words name a body: a name the word lists know, or two words or more ending in a body's
/// head word ("the Civic Watch Foundation").
bool names_body(std::string_view w) {
    auto const last = w.substr(w.rfind(' ') == std::string_view::npos ? 0 : w.rfind(' ') + 1);
    return g::is_organization_name(w) || (w.find(' ') != std::string_view::npos && g::is_generic_org_word(last));
}

/// The words of tokens [from, to) as the phrase's name, a nickname between them left out ("Tom
/// “The Hammer” Reyes" -> "Tom Reyes").
void take_name_words(std::string_view text, std::vector<g::np_token> const& t, std::size_t from, std::size_t to, phrase_parts& p) {
    for (std::size_t i = from; i < to; ++i) {
        if (t[i].part == g::np_part::nickname) continue;
        if (!p.name.empty()) p.name += ' ';
        p.name += span_text(text, t[i].begin, t[i].end);
        ++p.name_words;
    }
}

/// The person named from byte `at` of `tail` (person_after_body), the words from `role_begin` up
/// to the name the role.
void take_person_in_tail(std::string_view text, std::string_view tail, std::size_t at, std::size_t role_begin, phrase_parts& p) {
    p.name = std::string(tail.substr(at));
    p.name_words = static_cast<std::size_t>(std::count(p.name.begin(), p.name.end(), ' ')) + 1;
    p.role = span_text(text, role_begin, static_cast<std::size_t>(tail.data() - text.data()) + at - 1);
    p.head_part = g::np_part::name;
}

/// "President of Ukraine Volodymyr Zelenskyy", "Minister of Health Olivier Véran": after TITLE of
/// BODY comes the person's name; the title and body are the role. Whether it was so.
bool title_of_body(std::string_view text, phrase_span const& ps, phrase_parts& p) {
    auto const& [t, first, stop] = ps;
    bool const title = stop < t.size() && stop > first && t[stop - 1].part == g::np_part::title;
    bool const role = stop < t.size() && stop > first && t[stop - 1].part == g::np_part::role;
    if (title || role) {
        std::size_t n = stop + 1;
        if (n < t.size() && t[n].part == g::np_part::determiner) ++n;
        // (the body's words may be titles and possessives in capitals: "Minister of the Prime
        // Minister's Office Lena Holt")
        auto capitalised = [&](g::np_token const& k) {
            return k.part == g::np_part::name ||
                   ((k.part == g::np_part::title || k.part == g::np_part::possessive || k.part == g::np_part::role || k.part == g::np_part::group) &&
                    text[k.begin] >= 'A' && text[k.begin] <= 'Z');
        };
        std::size_t names = 0;
        for (std::size_t k = n; k < t.size() && capitalised(t[k]); ++k) ++names;
        if (names >= 3 && n + names == t.size()) {
            // the body: the longest run of names the word lists know ("the US State Department"),
            // or names ending in a body's head word before a person's ("Member of the Green
            // Party Lena Holt", "director of the Civic Watch Foundation Man-kei Tam"), else one
            // word after a title ("Ukraine", "Health")
            std::size_t from = after_body_prefix(text, t, n, t.size());
            if (from == n || from + 2 > t.size()) {
                auto const tail = text.substr(t[n].begin, t.back().end - t[n].begin);
                auto const at = person_after_body(tail, [](std::string_view w) { return names_body(w) || g::is_place_name(w); });
                from = n + 1;
                if (at != std::string_view::npos)
                    while (from < t.size() && t[from].begin < t[n].begin + at) ++from;
                else if (!title)
                    return false;
            }
            // (titles after the body are the person's: "Harbor Attorney General Lena Holt")
            while (from + 2 < t.size() && t[from].part == g::np_part::title) ++from;
            take_name_words(text, t, from, t.size(), p);
            // (a document's words are no role: "a statement from Harbor Attorney General Lena Holt")
            bool const document = g::is_source_noun(lower(span_text(text, t[stop - 1].begin, t[stop - 1].end)));
            p.role = document ? (from > n ? span_text(text, t[n].begin, t[from - 1].end) : std::string{})
                              : span_text(text, t[first].begin, t[from - 1].end);
            p.head_part = g::np_part::name;
            return true;
        }
    }
    return false;
}

/// "the Ministry of Defence", "the Bank of England", "the Office for National Statistics": a
/// capitalised head of bodies' names before the link (names before it too: "the Russian Ministry
/// of Defence"), and names after it, name one body; or a person named after them. Whether it was so.
bool head_of_name(std::string_view text, phrase_span const& ps, phrase_parts& p) {
    auto const& [t, first, stop] = ps;
    bool const names_before = stop < t.size() && stop > first &&
                              std::all_of(t.begin() + static_cast<std::ptrdiff_t>(first), t.begin() + static_cast<std::ptrdiff_t>(stop),
                                          [&](g::np_token const& w) { return text[w.begin] >= 'A' && text[w.begin] <= 'Z'; });
    if (stop < t.size() && stop > first && (stop == first + 1 || names_before)) {
        auto const head = text.substr(t[stop - 1].begin, t[stop - 1].end - t[stop - 1].begin);
        std::size_t n = stop + 1;
        if (n < t.size() && t[n].part == g::np_part::determiner) ++n;
        bool names_after = n < t.size();
        for (std::size_t k = n; k < t.size(); ++k)
            names_after = names_after && (t[k].part == g::np_part::name || t[k].part == g::np_part::link);
        // (not when a person's name ends it: "the Bank of New Zealand Jason Wong", "the Central
        // Bank of Sri Lanka Ajith Cabraal": a first name, or two names after a place's)
        bool const person_after =
            t.size() - n >= 2 && (g::is_first_name(span_text(text, t[t.size() - 2].begin, t[t.size() - 2].end)) ||
                                  person_after_body(text.substr(t[n].begin, t.back().end - t[n].begin), [](std::string_view w) {
                                      return g::is_place_name(w);
                                  }) != std::string_view::npos);
        if (names_after && person_after && t.back().part == g::np_part::name && g::is_generic_org_word(head)) {
            // the person, with the body as the role
            auto const tail = text.substr(t[n].begin, t.back().end - t[n].begin);
            auto const at = person_after_body(tail, [](std::string_view w) { return g::is_place_name(w); });
            if (at != std::string_view::npos) {
                take_person_in_tail(text, tail, at, t[first].begin, p);
                return true;
            }
        }
        if (names_after && !person_after && t.back().part == g::np_part::name && g::is_generic_org_word(head)) {
            p.name = span_text(text, t[first].begin, t.back().end);
            p.name_words = t.size() - first;
            p.head_part = g::np_part::name;
            p.definite_name = p.definite;
            p.body_of = true;
            return true;
        }
    }
    return false;
}

/// The issuer of the document or source a phrase's head names: a run of names before the head, at
/// most two plain nouns between ("Pelé's official Instagram account": the owner, before the possessive).
void issuer_of_source(std::string_view text, phrase_span const& ps, phrase_parts& p) {
    auto const& [t, first, stop] = ps;
    std::size_t k = stop - 1;
    for (std::size_t i = first; i + 1 < stop; ++i)
        if (t[i].part == g::np_part::possessive) k = i + 1, p.issuer_owns = true; // (the word with its "'s")
    if (!p.issuer_owns)
        for (int plain = 0; k > first && t[k - 1].part == g::np_part::common && plain < 2; ++plain) --k;
    std::size_t e = k;
    if (p.issuer_owns) --k; // (the possessive word is the owner's last)
    while (k > first && t[k - 1].part == g::np_part::name) --k;
    for (std::size_t i = k; i < e; ++i) {
        if (!p.issuer.empty()) p.issuer += ' ';
        p.issuer += span_text(text, t[i].begin, t[i].end);
        ++p.issuer_words;
    }
}

} // namespace

phrase_parts take_apart(std::string_view text, g::speaker_phrase const& sp) {
    phrase_parts p;
    auto const& t = sp.tokens;
    if (t.size() == 1 && t[0].part == g::np_part::pronoun) {
        p.pronoun = true;
        p.head = span_text(text, t[0].begin, t[0].end);
        // "He’s" -> "He"
        for (std::string_view apo : {"\xE2\x80\x99", "'"})
            if (auto at = p.head.find(apo); at != std::string::npos) p.head.resize(at);
        return p;
    }
    std::size_t first = 0;
    if (!t.empty() && t[0].part == g::np_part::determiner) {
        auto d = text.substr(t[0].begin, t[0].end - t[0].begin);
        p.definite = d == "the" || d == "The";
        first = 1;
    }
    std::size_t stop = t.size();
    for (std::size_t i = first; i < t.size(); ++i)
        if (t[i].part == g::np_part::link) {
            stop = i;
            break;
        }
    // "a report by the Harbor Institute", "a tweet by Tom Reyes": a document speaks for its author.
    if (stop > first && stop + 1 < t.size() && g::in_class(text.substr(t[stop].begin, t[stop].end - t[stop].begin), g::word_class::by_word) &&
        g::is_source_noun(lower(span_text(text, t[stop - 1].begin, t[stop - 1].end))))
        return take_apart(text, g::speaker_phrase{t[stop + 1].begin, sp.end, {t.begin() + static_cast<std::ptrdiff_t>(stop + 1), t.end()}});
    if (title_of_body(text, {t, first, stop}, p) || head_of_name(text, {t, first, stop}, p)) return p;
    // "the Institute of Foreign Affairs' Lena Holt": a body's possessive after the link, then the
    // person's name (two names or more) is the person, the body and the rest the role.
    if (stop < t.size()) {
        std::size_t k = t.size();
        while (k > stop + 1 && t[k - 1].part == g::np_part::name) --k;
        // (a body's head word before the link: not "Lena Holt of Harbor University's Ferry
        // Program", which is Holt's)
        bool const body_before = stop > first && g::is_generic_org_word(span_text(text, t[stop - 1].begin, t[stop - 1].end));
        if (t.size() - k >= 2 && t[k - 1].part == g::np_part::possessive && body_before &&
            !g::is_organization_name(span_text(text, t[k].begin, t.back().end))) {
            take_name_words(text, t, k, t.size(), p);
            p.role = strip_possessive(span_text(text, t[first].begin, t[k - 1].end));
            p.head_part = g::np_part::name;
            return p;
        }
    }
    // "Law at Harbor University Tom Reyes" (the end of a title cut at "and"): the person named
    // after the body the link names.
    if (stop > first && stop + 2 < t.size() && t[stop - 1].part == g::np_part::name &&
        std::all_of(t.begin() + static_cast<std::ptrdiff_t>(stop + 1), t.end(), [](g::np_token const& k) { return k.part == g::np_part::name; })) {
        auto const tail = text.substr(t[stop + 1].begin, t.back().end - t[stop + 1].begin);
        if (auto const at = person_after_body(tail, names_body); at != std::string_view::npos) {
            take_person_in_tail(text, tail, at, t[first].begin, p);
            return p;
        }
    }
    // "the Interior Ministry", "the Justice Department": a capitalised role word ending a name
    // is part of an organisation's name.
    // ("the Harbor City Police Department": so too a group word between names, when no first name
    // follows it; not a role, which is a title there: "District Attorney Lena Reyes")
    auto is_name_part = [&](std::size_t i) {
        if (t[i].part == g::np_part::name || t[i].part == g::np_part::nickname) return true;
        bool const capital = text[t[i].begin] >= 'A' && text[t[i].begin] <= 'Z';
        bool const inside = i + 1 < stop && t[i + 1].part == g::np_part::name &&
                            !g::is_first_name(text.substr(t[i + 1].begin, t[i + 1].end - t[i + 1].begin));
        // ("American Media Inc.": so too a document's word in capitals, "Media", between names)
        bool const document_word = t[i].part == g::np_part::role && g::is_source_noun(lower(span_text(text, t[i].begin, t[i].end)));
        bool capital_role = (t[i].part == g::np_part::role || t[i].part == g::np_part::group) && capital &&
                            (i + 1 == stop || (inside && (t[i].part == g::np_part::group || document_word)));
        return capital_role && i > first && t[i - 1].part == g::np_part::name;
    };
    std::size_t name_from = stop;
    while (name_from > first && is_name_part(name_from - 1)) --name_from;
    while (name_from < stop && t[name_from].part == g::np_part::nickname) ++name_from;
    if (name_from < stop && t[stop - 1].part == g::np_part::name) name_from = after_body_prefix(text, t, name_from, stop);
    if (name_from < stop) {
        p.definite_name = p.definite && name_from == first;
        take_name_words(text, t, name_from, stop, p);
        if (name_from > first) p.role = strip_possessive(span_text(text, t[first].begin, t[name_from - 1].end));
        p.head_part = g::np_part::name;
    } else if (stop > first) {
        p.head = span_text(text, t[stop - 1].begin, t[stop - 1].end);
        p.head_part = t[stop - 1].part;
        p.role = span_text(text, t[first].begin, sp.end);
        if ((p.head_part == g::np_part::common || p.head_part == g::np_part::role) && g::is_source_noun(lower(p.head))) {
            issuer_of_source(text, {t, first, stop}, p);
        } else if (p.head_part == g::np_part::common &&
                   std::any_of(t.begin() + static_cast<std::ptrdiff_t>(first), t.begin() + static_cast<std::ptrdiff_t>(stop - 1),
                               [](g::np_token const& k) { return k.part == g::np_part::possessive; })) {
            // "the agency's statistics", "the ministry's figures": what a body owns speaks for it (a
            // person's plain noun may be another person: "Tom Reyes's son")
            issuer_of_source(text, {t, first, stop}, p);
            p.owned_plain = true;
        }
    }
    return p;
}

} // namespace verbatim::resolve::detail
