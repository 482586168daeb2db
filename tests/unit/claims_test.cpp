// Claims: the normalised form a reader would agree with, and the relation rules, each with a
// case where it must not fire.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <initializer_list>
#include <span>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <fmt/format.h>

#include "verbatim/claims.hpp"
#include "verbatim/ingest.hpp"
#include "verbatim/output.hpp"
#include "verbatim/quotation.hpp"
#include "verbatim/speakers.hpp"
#include "verbatim/report.hpp"
#include "verbatim/tracker.hpp"

#include "report_of.hpp"

namespace {

using verbatim_test::make_doc;
using verbatim_test::report_of;

bool has(std::span<verbatim::word_view const> v, std::string_view s) { return std::find(v.begin(), v.end(), s) != v.end(); }

/// The terms of a statement, kept after its form is gone.
std::vector<verbatim::word_view> terms_of(std::string_view text) {
    auto form = verbatim::analyse_claim(text);
    return {form.terms().begin(), form.terms().end()};
}

/// The claims of a document's one quotation (the test requires that it has exactly one).
std::vector<verbatim::claim> claims_of_its_quotation(verbatim::document const& d) {
    auto quotes = verbatim::extract_quotations(d);
    REQUIRE(quotes.size() == 1);
    return verbatim::claims_of(d, quotes[0]);
}

verbatim::judgement judge(std::string_view a, std::string_view b, bool same_time = true) {
    return verbatim::compare_claims(verbatim::analyse_claim(a), verbatim::analyse_claim(b), same_time);
}

} // namespace

TEST_CASE("claim form: its words are held once and outlive the text they came from") {
    verbatim::claim_form copy;
    {
        std::string text = "The ministers have not visited the treaty city, nearly 20 percent said";
        auto f = verbatim::analyse_claim(text);
        text.assign(text.size(), 'x'); // the words must not point into the text
        copy = f;
        f = verbatim::analyse_claim("something else entirely");
    }
    CHECK(has(copy.terms(), "treaty"));
    CHECK(has(copy.terms(), "minister"));
    CHECK(has(copy.words(), "ministers"));
    CHECK(has(copy.negated(), "visit"));
    CHECK(has(copy.hedges(), "nearly"));
    REQUIRE(copy.quantities.size() == 1);
    CHECK(copy.quantities[0].unit == "percent");
    auto g = terms_of("a treaty"); // the form is gone, its words stay
    REQUIRE(g.size() == 1);
    auto at = std::find(copy.terms().begin(), copy.terms().end(), "treaty");
    CHECK(at->view().data() == g[0].view().data()); // one copy of the word for both claims
    CHECK(*at == g[0]);                              // one number
    CHECK(verbatim::intern(std::string("treaty")) == g[0]);
    CHECK(verbatim::intern(std::string("treaty")).view().data() == g[0].view().data());
    CHECK(verbatim::intern("").empty());
    CHECK(verbatim::intern("").id() == 0);
}

TEST_CASE("claim form: words from several threads are one word each, and sort by their text") {
    // Each thread interns the same words in its own order: every word must get one number, and its
    // text back, whichever thread met it first.
    std::vector<std::string> words;
    for (int k = 0; k < 2000; ++k) words.push_back(fmt::format("threadword{}", k));
    std::vector<std::vector<verbatim::word_view>> got(4);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < got.size(); ++t)
        threads.emplace_back([&, t] {
            for (std::size_t k = 0; k < words.size(); ++k) got[t].push_back(verbatim::intern(words[(k * (t + 1) * 7919) % words.size()]));
        });
    for (auto& th : threads) th.join();
    for (std::size_t t = 0; t < got.size(); ++t)
        for (std::size_t k = 0; k < words.size(); ++k) {
            auto const& w = words[(k * (t + 1) * 7919) % words.size()];
            REQUIRE(got[t][k].view() == w);
            REQUIRE(got[t][k] == verbatim::intern(w));
        }
    auto a = verbatim::intern("zebra-crossing"), b = verbatim::intern("aardvark-crossing");
    CHECK(b < a); // by text, though "zebra-crossing" was met first
    CHECK(a == std::string_view("zebra-crossing"));
    CHECK(a != b);
}

TEST_CASE("claim form: inflections fold to one term, function words are left out") {
    auto sorted_terms = [](std::string_view text) {
        auto t = terms_of(text);
        std::sort(t.begin(), t.end());
        return t;
    };
    auto a = verbatim::analyse_claim("The talks were concluded");
    CHECK(a.terms().size() == 2);
    CHECK(sorted_terms("The talks were concluded") == sorted_terms("they conclude the talk"));
    CHECK_FALSE(has(a.terms(), "the"));
    // Irregular forms, from WordNet's exception lists.
    CHECK(sorted_terms("the children went home") == sorted_terms("a child goes home"));
}

TEST_CASE("claim form: negation has a scope that ends with its clause") {
    auto c = verbatim::analyse_claim("Kyiv will not sign a peace deal, but talks continue");
    CHECK(c.polarity == -1);
    CHECK(has(c.negated(), terms_of("sign").at(0)));
    CHECK_FALSE(has(c.negated(), terms_of("talks").at(0)));
    auto d = verbatim::analyse_claim("they won't leave");
    CHECK(d.polarity == -1);
    // A negation inside a relative clause qualifies its noun, not the claim.
    auto e = verbatim::analyse_claim("he backed a budget that does not fund the wall");
    CHECK(e.polarity == 1);
}

TEST_CASE("claim form: certainty from hedges and boosters") {
    auto hedged = verbatim::analyse_claim("a draft deal was nearly, nearly ready");
    CHECK(hedged.certainty < 0);
    CHECK(has(hedged.hedges(), "nearly"));
    CHECK(hedged.boosters().empty()); // "nearly ready" is not ready
    auto settled = verbatim::analyse_claim("the security guarantees were done");
    CHECK(settled.certainty > 0);
    CHECK(has(settled.boosters(), "done"));
    CHECK(verbatim::analyse_claim("the deal includes ports").certainty == 0);
    // every form of a booster or hedge verb marks certainty, and none is a word of the topic
    for (auto text : {"he knows the pier is closed", "she knew the pier was closed"}) {
        auto known = verbatim::analyse_claim(text);
        CHECK(known.certainty > 0);
        CHECK_FALSE(has(known.terms(), "know"));
    }
    CHECK(verbatim::analyse_claim("the mayor suspects the pier is closed").certainty < 0);
    CHECK(judge("there is a shortage of water at the harbor", "She knows there is no water shortage").rel == verbatim::relation::contradiction);
}

TEST_CASE("claim form: quantities with units, spelled-out numbers, multipliers, ranges and years") {
    auto c = verbatim::analyse_claim("Russia occupies around 20 percent of Ukraine and spent $1.5 billion in 2025");
    REQUIRE(c.quantities.size() == 2);
    CHECK(c.quantities[0].value == doctest::Approx(20));
    CHECK(c.quantities[0].unit == "percent");
    CHECK(c.quantities[0].approximate);
    CHECK(c.quantities[1].value == doctest::Approx(1.5e9));
    CHECK(c.quantities[1].unit == "$");
    CHECK(has(c.times(), "2025")); // a year is a time, not a quantity
    auto d = verbatim::analyse_claim("the talks would last two days");
    REQUIRE(d.quantities.size() == 1);
    CHECK(d.quantities[0].value == doctest::Approx(2));
    auto r = verbatim::analyse_claim("between 20 and 25 per cent of voters");
    REQUIRE(r.quantities.size() == 1);
    REQUIRE(r.quantities[0].high);
    CHECK(*r.quantities[0].high == doctest::Approx(25));
    CHECK(r.quantities[0].unit == "percent");
    // Two numbers side by side that do not go up are no range.
    auto s = verbatim::analyse_claim("the club won 23 and 2 matches were drawn");
    for (auto const& q : s.quantities) CHECK_FALSE(q.high);
}

TEST_CASE("tracker: the same words in two articles are no change") {
    auto a = make_doc("a", "2026-01-10", "Mayor Anna Berg said the club won 23 and 2 games were drawn, 40 percent of them at home.");
    auto b = make_doc("b", "2026-02-10", "Mayor Anna Berg said the club won 23 and 2 games were drawn, 40 percent of them at home.");
    auto r = report_of({&a, &b});
    REQUIRE(r.claims.size() == 2);
    CHECK(r.changes.empty());
    REQUIRE(r.threads.size() == 1); // one speaker saying the same thing twice: one topic
    CHECK(r.threads.front().flip == verbatim::flip_rating::no_flip);
}

TEST_CASE("relation: negation contradicts only when the negated claim lies inside the other") {
    auto j = judge("A woman is reading a newspaper", "There is no woman reading a newspaper");
    CHECK(j.rel == verbatim::relation::contradiction);
    CHECK(j.rule == "negation");
    // More specific negated claim: "young farmers not harvesting" does not deny "farmers harvesting".
    CHECK(judge("Three young farmers are not harvesting wheat in the north field", "Three farmers are harvesting wheat in the north meadow").rel !=
          verbatim::relation::contradiction);
    // Both against the same thing: "rejected" and "did not ratify" agree.
    CHECK(judge("the parliament rejected the treaty", "the parliament did not ratify the treaty").rel != verbatim::relation::contradiction);
}

TEST_CASE("relation: antonyms said of the subject contradict, modifiers do not") {
    auto j = judge("the pool is empty", "the pool is full");
    CHECK(j.rel == verbatim::relation::contradiction);
    CHECK(j.rule == "antonym");
    CHECK(judge("A white dog is running on the beach", "A black dog is running on the beach").rel != verbatim::relation::contradiction);
}

TEST_CASE("relation: the same quantity with another value") {
    auto same = judge("unemployment rose to 20 percent in the region", "unemployment rose to 25 percent in the region", true);
    CHECK(same.rel == verbatim::relation::contradiction);
    CHECK(same.rule == "quantity");
    auto later = judge("unemployment rose to 20 percent in the region", "unemployment rose to 25 percent in the region", false);
    CHECK(later.rel == verbatim::relation::number_change);
    // Different things counted: dead and wounded.
    CHECK(judge("fourteen civilians were killed in the attack", "90 civilians were wounded in the attack").rel !=
          verbatim::relation::contradiction);
    // Approximate values within a tenth agree.
    CHECK(judge("about 100 people died in the flood", "98 people died in the flood").rel == verbatim::relation::consistent);
    // Two named subjects, each with names the other lacks: two things counted, no change.
    CHECK(judge("In 2016, Harbor Party presidential nominee Tom Reyes received 203,091 votes, a record for the party.",
                "In 2016, Coast Party presidential nominee Lena Okafor received 5,617 votes, the most for the party.", false)
              .rel != verbatim::relation::number_change);
    CHECK(judge("the Harbor Party received 203,091 votes in the election", "the Harbor Party received 5,617 votes in the election", false).rel ==
          verbatim::relation::number_change);
}

TEST_CASE("relation: certainty change, stance, and unrelated claims") {
    auto c = judge("a draft deal was nearly ready", "the draft deal is done", false);
    CHECK(c.rel == verbatim::relation::certainty_change);
    auto s = judge("We advocate for the return of the inheritance levy", "We want to abolish the inheritance levy");
    CHECK(s.rel == verbatim::relation::contradiction);
    CHECK(s.rule == "stance");
    CHECK(judge("The central bank raised interest rates", "The football team won the cup final").rel == verbatim::relation::unrelated);
    CHECK(judge("the deal is ready", "the deal is ready").rel == verbatim::relation::consistent);
}

TEST_CASE("tracker: the sample article's disagreement between Russia and Kyiv, and no change inside one article") {
    std::vector<std::string> paths{std::string(VERBATIM_SOURCE_DIR) + "/corpus/2026-01-23-moscow-witkoff-putin-talks.txt"};
    verbatim::speaker_directory directory;
    verbatim::claim_tracker tracker;
    verbatim::read_documents(
        paths,
        [&](verbatim::document&& d) {
            auto q = verbatim::extract_quotations(d);
            directory.add(d, q);
            tracker.add(d, q);
        },
        [](verbatim::diagnostic const&) {});
    auto r = tracker.finish(directory);
    CHECK(r.changes.empty()); // one article: a speaker's claims are parts of one account
    REQUIRE(r.disagreements.size() == 1);
    auto const& d = r.disagreements.front();
    std::vector<std::string> who{std::string(r.claims[d.earlier].speaker.view()), std::string(r.claims[d.later].speaker.view())};
    std::sort(who.begin(), who.end());
    CHECK(who == std::vector<std::string>{"Kyiv", "Russia"});
    CHECK(r.claims[d.earlier].text.find("strikes") != std::string::npos);
}

TEST_CASE("tracker: one speaker's changed number across two articles, with a flip rating") {
    auto a = make_doc("a", "2026-01-10", "Mayor Anna Berg said unemployment in the city rose to 8 percent.");
    auto b = make_doc("b", "2026-02-10", "Mayor Anna Berg said unemployment in the city rose to 11 percent.");
    auto c = make_doc("c", "2026-02-11", "Coach Tom Lee said the team played well in the rain.");
    auto r = report_of({&a, &b, &c});
    REQUIRE(r.changes.size() == 1);
    auto const& ch = r.changes.front();
    CHECK(ch.verdict.rel == verbatim::relation::number_change);
    CHECK(r.claims[ch.earlier].date == "2026-01-10");
    CHECK(r.claims[ch.later].date == "2026-02-10");
    CHECK(r.claims[ch.earlier].speaker == "Anna Berg");
    REQUIRE(r.threads.size() == 1);
    CHECK(r.threads.front().flip == verbatim::flip_rating::half_flip);
    CHECK(r.disagreements.empty());
}

TEST_CASE("tracker: a speaker who endorsed a plan and later criticized it has reversed") {
    // The stance is the cue's ("endorsed" + "the ferry plan"): without it the two claims would be
    // the same words.
    auto endorsed = verbatim::analyse_claim("the new ferry plan of the council", "endorsed", {.stance = true});
    CHECK(std::count(endorsed.stance.begin(), endorsed.stance.end(), std::pair{verbatim::intern("ferry"), 1}) == 1);
    CHECK(verbatim::analyse_claim("the new ferry plan of the council", "said", {}).stance.empty());
    CHECK(endorsed.text == "the new ferry plan of the council");

    auto a = make_doc("a", "2026-01-10", "Mayor Anna Berg endorsed the new ferry plan of the council.");
    auto b = make_doc("b", "2026-03-02", "Mayor Anna Berg criticized the new ferry plan of the council.");
    auto r = report_of({&a, &b});
    REQUIRE(r.changes.size() == 1);
    auto const& ch = r.changes.front();
    CHECK(ch.verdict.rel == verbatim::relation::contradiction);
    CHECK(ch.verdict.rule == "stance");
    CHECK(r.claims[ch.earlier].date == "2026-01-10");
    CHECK(r.claims[ch.later].cue == "criticized");
}

TEST_CASE("claims: attribution carries what the cue says of its content to the claim, as fields") {
    auto d = make_doc("a", "2026-01-10", "Mayor Anna Berg denied that she met the ferry operators in May.");
    auto quotes = verbatim::extract_quotations(d);
    REQUIRE(quotes.size() == 1);
    REQUIRE(quotes[0].cue);
    CHECK(quotes[0].cue->meaning.denial);
    CHECK_FALSE(quotes[0].cue->meaning.stance);
    // Read back from a record, the cue's words give the same meaning.
    CHECK(verbatim::meaning_of_cue(quotes[0].cue->text) == quotes[0].cue->meaning);
    auto c = verbatim::claim_of(d, quotes[0]);
    REQUIRE(c);
    CHECK(c->cue_says.denial);
    CHECK(c->form.polarity == -1);
    CHECK(c->text == "she met the ferry operators in May"); // (no "not" added to the words)
    CHECK(verbatim::meaning_of_cue("has Endorsed").stance);
    CHECK(verbatim::meaning_of_cue("said") == verbatim::cue_meaning{});
}

TEST_CASE("claims: a long quotation makes a claim a sentence, compared on its own") {
    auto d = make_doc("a", "2026-02-21", "\"The governor treats the council with scorn. She knows there is no water shortage. Yes. We will appeal,\" "
                                         "Attorney General Lena Holt said.");
    auto quotes = verbatim::extract_quotations(d);
    REQUIRE(quotes.size() == 1);
    auto claims = verbatim::claims_of(d, quotes[0]);
    REQUIRE(claims.size() == 2); // ("Yes. We will appeal": too short alone, kept with the sentence before)
    CHECK(claims[0].text == "The governor treats the council with scorn.");
    CHECK(claims[1].text == "She knows there is no water shortage. Yes. We will appeal");
    for (auto const& c : claims) {
        CHECK(c.speaker == claims[0].speaker);
        CHECK(c.at == quotes[0].spans.front().begin); // (each claim finds its quotation)
    }
    // one sentence stays one claim
    auto one = make_doc("b", "2026-02-21", "Attorney General Lena Holt said the state would sue.");
    CHECK(claims_of_its_quotation(one).size() == 1);
    // an ellipsis before a capital marks words left out: what follows is a claim of its own
    auto cut = make_doc("c", "2026-02-21", "\"The governor treats the council with scorn \xE2\x80\xA6 She knows there is no water shortage [...] "
                                           "We will take the matter to court,\" Attorney General Lena Holt said.");
    auto parts = claims_of_its_quotation(cut);
    REQUIRE(parts.size() == 3);
    CHECK(parts[1].text == "She knows there is no water shortage [...]");
    // a clause of its own after a comma (a subject pronoun and its verb) is a claim of its own
    auto clauses = make_doc("d", "2026-02-21", "\"She knows there is no water shortage, she knows the order is unlawful, and she admits that "
                                               "the state will lose the case,\" Attorney General Lena Holt said.");
    auto each = claims_of_its_quotation(clauses);
    REQUIRE(each.size() == 3);
    CHECK(each[0].text == "She knows there is no water shortage");
    CHECK(each[1].text == "she knows the order is unlawful");
    CHECK(each[2].text == "and she admits that the state will lose the case");
    // (not a list, nor a clause with no subject of its own)
    auto list = make_doc("e", "2026-02-21", "\"The ferry is late, the bridge is closed and the road is flooded,\" Attorney General Lena Holt said.");
    CHECK(claims_of_its_quotation(list).size() == 1);
}

TEST_CASE("claims: a question in a quotation states nothing, and makes no claim") {
    auto d = make_doc("a", "2026-02-21", "\"Who will sail the night ferry now? The council owes the crews three months of pay,\" "
                                         "Captain Lena Holt said.");
    auto claims = claims_of_its_quotation(d);
    REQUIRE(claims.size() == 1);
    CHECK(claims[0].text == "The council owes the crews three months of pay");
    auto asked = make_doc("b", "2026-02-21", "\"Who will pay the crews this winter?\" Captain Lena Holt said.");
    CHECK(claims_of_its_quotation(asked).empty());
}

TEST_CASE("tracker: two voices of one interview are a conversation, not a disagreement; a speaker reported there is") {
    auto interview = make_doc("a", "2026-03-02", "The Harbor Courier spoke to Anna Berg about the ferry.\n\n"
                                                 "((HC))  The ferry is not running this winter.\n\n"
                                                 "((Anna Berg))  The ferry is running this winter.\n\n"
                                                 "((HC))  Who pays the crews?\n\n"
                                                 "((Anna Berg))  The council pays the crews every month.\n");
    auto r = report_of({&interview});
    CHECK(r.disagreements.empty());
    auto reported = make_doc("b", "2026-03-02", "Councillor Tom Reyes said the ferry is not running this winter.\n\n"
                                                "Councillor Lena Okafor said the ferry is running this winter.\n");
    CHECK(report_of({&reported}).disagreements.size() == 1);
    // (nor two accounts of one subject in opposite adjectives, the "accounts" rule)
    auto accounts = make_doc("c", "2026-03-02", "The Harbor Courier spoke to Anna Berg about the night.\n\n"
                                                "((HC))  The strikes hit military depots on the hill.\n\n"
                                                "((Anna Berg))  The strikes hit civilian homes on the hill.\n\n"
                                                "((HC))  Who was hurt?\n\n"
                                                "((Anna Berg))  Nobody on our street was hurt.\n");
    CHECK(report_of({&accounts}).disagreements.empty());
}

TEST_CASE("claims: each cue has a class a reader can sort by (speech, denial, question, belief, intention, report)") {
    using verbatim::cue_class;
    auto kind = [](std::string_view cue) { return verbatim::meaning_of_cue(cue).kind; };
    CHECK(kind("said") == cue_class::speech);
    CHECK(kind("told") == cue_class::speech);
    CHECK(kind("denied") == cue_class::denial);
    CHECK(kind("refused") == cue_class::denial);
    CHECK(kind("asked") == cue_class::question);
    CHECK(kind("believes") == cue_class::belief);
    CHECK(kind("hopes") == cue_class::belief);      // (a clause is hoped as often as a deed)
    CHECK(kind("wants") == cue_class::intention);   // (only a to-infinitive: an intention)
    CHECK(kind("vowed") == cue_class::intention);
    CHECK(kind("according to") == cue_class::report);
    CHECK(kind("According to") == cue_class::report);
    CHECK(kind("reported") == cue_class::report);
    CHECK(kind("has confirmed") == cue_class::report);
    CHECK(kind("showed") == cue_class::report);
    CHECK(verbatim::to_string(cue_class::intention) == "intention");
    // Carried by attribution into the quotation and the claim.
    auto d = make_doc("a", "2026-01-10", "Mayor Anna Berg denied that she met the ferry operators in May.");
    auto quotes = verbatim::extract_quotations(d);
    REQUIRE(quotes.size() == 1);
    REQUIRE(quotes[0].cue);
    CHECK(quotes[0].cue->meaning.kind == cue_class::denial);
    auto c = verbatim::claim_of(d, quotes[0]);
    REQUIRE(c);
    CHECK(c->cue_says.kind == cue_class::denial);
    // A question states nothing: no claim (its quotation stays, with its class).
    auto asked = make_doc("b", "2026-01-10", "Governor Tom Lee asked whether the ferry plan was ready.");
    auto asked_quotes = verbatim::extract_quotations(asked);
    REQUIRE(asked_quotes.size() == 1);
    REQUIRE(asked_quotes[0].cue);
    CHECK(asked_quotes[0].cue->meaning.kind == cue_class::question);
    CHECK_FALSE(verbatim::claim_of(asked, asked_quotes[0]));
    // The lists show the cue before what it reports: a denial reads as one.
    verbatim::speaker_directory directory;
    directory.add(d, quotes);
    std::ostringstream lists;
    auto writer = verbatim::make_quote_writer(verbatim::output_format::text, lists, directory);
    writer->add(d, quotes);
    writer->finish();
    CHECK(lists.str().find("denied: she met the ferry operators in May") != std::string::npos);
}

TEST_CASE("claim form: a denial negates what it reports; a plain report does not") {
    auto denied = verbatim::analyse_claim("he met the ferry operators in May", "denied", {.denial = true});
    CHECK(denied.polarity == -1);
    CHECK(has(denied.negated(), "operator"));
    CHECK(denied.lead == "denied");
    auto said = verbatim::analyse_claim("he met the ferry operators in May", "said", {});
    CHECK(said.polarity == 1);
    CHECK(said.negated().empty());
    CHECK(verbatim::compare_claims(said, denied, false).rel == verbatim::relation::contradiction);
}

TEST_CASE("tracker: the report on corpus/ is the same with one thread or three") {
    // Hundreds of claims: several blocks of work, taken by the threads in any order.
    std::vector<verbatim::document> docs;
    std::vector<std::vector<verbatim::quotation>> quotes;
    verbatim::read_documents(
        {std::string(VERBATIM_SOURCE_DIR) + "/corpus"},
        [&](verbatim::document&& d) {
            quotes.push_back(verbatim::extract_quotations(d));
            docs.push_back(std::move(d));
        },
        [](verbatim::diagnostic const&) {});
    REQUIRE(docs.size() > 100);
    auto report_with = [&](unsigned jobs) {
        verbatim::speaker_directory directory;
        verbatim::claim_tracker tracker(jobs);
        for (std::size_t i = 0; i < docs.size(); ++i) {
            auto q = quotes[i];
            directory.add(docs[i], q);
            tracker.add(docs[i], q);
        }
        auto r = tracker.finish(directory);
        std::ostringstream out;
        verbatim::write_claim_report("json", out, r);
        return std::pair{r.claims.size(), out.str()};
    };
    auto [claims_one, one] = report_with(1);
    auto [claims_three, three] = report_with(3);
    CHECK(claims_one > 1000);
    CHECK(claims_one == claims_three);
    CHECK(one == three);
}

TEST_CASE("claim compare: a number measures what is named before it when nothing is counted after it") {
    // a scale before the number, "magnitude of", or the subject of a copula
    auto j = judge("the magnitude of the earthquake was 6.6", "the earthquake had a magnitude of 7.0", false);
    CHECK(j.rel == verbatim::relation::number_change);
    CHECK(j.rule == "quantity");
    auto c = verbatim::analyse_claim("the storm strengthened into a Category 5 storm");
    REQUIRE_FALSE(c.quantities.empty());
    CHECK(c.quantities[0].value == 5);
    // a scale named before the number is what it measures, not the noun after it
    auto e = verbatim::analyse_claim("the magnitude 6.1 quake hit the region");
    REQUIRE_FALSE(e.quantities.empty());
    CHECK(e.quantities[0].unit.view().starts_with("magnitud")); // (units are base forms)
    CHECK(judge("the magnitude 6.1 quake hit the region", "the magnitude 5.7 quake hit the region").rule == "quantity");
    // (a verb before the number is no scale: "hired 20 people" counts people; "killed 20 people"
    // counts deaths)
    auto h = verbatim::analyse_claim("the firm hired 20 people");
    REQUIRE_FALSE(h.quantities.empty());
    CHECK(h.quantities[0].unit.view().starts_with("peopl"));
    auto k = verbatim::analyse_claim("the army killed 20 people");
    REQUIRE_FALSE(k.quantities.empty());
    CHECK(k.quantities[0].unit.view() == "death");
    // a day of a month is a date, not a measure of the month
    auto d = verbatim::analyse_claim("the vote will be held on March 10");
    for (auto const& q : d.quantities) CHECK(q.unit.view() != "march");
    CHECK(judge("the next primaries are on March 10", "the next primaries are on March 17", false).rel != verbatim::relation::number_change);
}

TEST_CASE("tracker: a timeline needs two dates; one article's related claims make none") {
    auto a = make_doc("a", "2026-01-10",
                      "Mayor Anna Berg said the ferry plan would cut travel times. Berg also said the ferry plan would cut costs for "
                      "travel.");
    auto one_day = report_of({&a});
    CHECK(one_day.threads.empty());
    auto b = make_doc("b", "2026-02-10", "Mayor Anna Berg said the ferry plan would cut travel times for commuters.");
    auto two_days = report_of({&a, &b});
    REQUIRE(two_days.threads.size() == 1);
    CHECK(two_days.threads.front().speaker == "Anna Berg");
}

TEST_CASE("claim compare: 'the number of X … surpassed N' counts X; a participle phrase after the counted noun is no part of it") {
    auto c = verbatim::analyse_claim("the total number of confirmed deaths linked to the virus surpassed 100,000 in the region");
    REQUIRE_FALSE(c.quantities.empty());
    CHECK(c.quantities[0].value == 100000);
    CHECK(c.quantities[0].unit.view() == "death");
    auto d = verbatim::analyse_claim("at least 55,000 deaths linked to the virus in the region");
    REQUIRE_FALSE(d.quantities.empty());
    CHECK(d.quantities[0].unit.view() == "death"); // (not "death link")
    CHECK(judge("at least 55,000 deaths linked to the virus in the region",
                "the total number of confirmed deaths linked to the virus surpassed 100,000 in the region", false)
              .rel == verbatim::relation::number_change);
    // a noun after the counted one still makes the unit ("200 asylum seekers")
    auto e = verbatim::analyse_claim("200 asylum seekers arrived on the island");
    REQUIRE_FALSE(e.quantities.empty());
    CHECK(e.quantities[0].unit.view().find(' ') != std::string_view::npos);
}
