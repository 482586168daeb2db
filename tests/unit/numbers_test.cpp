// Numbers that moved: which numbers count or measure something, the figures an article states in
// its own voice, and the series of one measure of one subject across articles — each with a case
// where they must not be made.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <sstream>
#include <string>
#include <vector>

#include "verbatim/claims.hpp"
#include "verbatim/ingest.hpp"
#include "verbatim/output.hpp"
#include "verbatim/speakers.hpp"
#include "verbatim/tracker.hpp"

#include "report_of.hpp"

namespace {

using verbatim_test::make_doc;

/// The measured quantities of a statement, as "value unit".
std::vector<std::string> measured(std::string_view text) {
    std::vector<std::string> out;
    for (auto const& q : verbatim::analyse_claim(text).quantities)
        if (verbatim::is_measured(q)) out.push_back(q.text);
    return out;
}

/// The report on some articles, read as `verbatim report` reads them (claims and figures).
verbatim::claim_report report_of(std::initializer_list<verbatim::document const*> docs) { return verbatim_test::report_of(docs, true); }

} // namespace

TEST_CASE("numbers: a count or a measure is one; times of day, dates, ordinals, ages and scores are not") {
    CHECK(measured("Thirteen new cases were recorded in Victoria") == std::vector<std::string>{"13 new cases"});
    CHECK(measured("Dorian was downgraded to a Category 2 storm") == std::vector<std::string>{"2 category"});
    CHECK(measured("winds of 120 miles per hour") == std::vector<std::string>{"120 miles per hour"});
    CHECK(measured("the attack began at 13:40 local time (0040 UTC)").empty());
    CHECK(measured("the presentation on August 21 drew praise").empty());
    CHECK(measured("under the 14th Amendment").empty());
    CHECK(measured("Houngbo, aged 61, was elected").empty());
    CHECK(measured("the talks lasted two days").empty());
    CHECK(measured("Air France Flight 447 crashed").empty()); // a name, not a scale
    // A score: the second number counts the other side, and a verb before a number names no measure.
    CHECK(measured("The Senate voted 70 to 20 to send the bill back").empty());
    // "5 m" is five metres; "5m" five million.
    auto spaced = verbatim::analyse_claim("a python of 5 m in length");
    REQUIRE(spaced.quantities.size() == 1);
    CHECK(spaced.quantities[0].value == doctest::Approx(5));
    auto glued = verbatim::analyse_claim("a deal worth $5m in cash");
    REQUIRE(glued.quantities.size() == 1);
    CHECK(glued.quantities[0].value == doctest::Approx(5e6));
}

TEST_CASE("numbers: a plural noun after the number is what it counts; a version is no measure") {
    // (not a scale "past" named after an article, as "the magnitude 6.1 quake" names one)
    auto past = verbatim::analyse_claim("no ferry has sailed for the past 3 months");
    REQUIRE(past.quantities.size() == 1);
    CHECK(past.quantities[0].unit == "month"); // a stretch of time, which no series follows
    CHECK(measured("no ferry has sailed for the past 3 months").empty());
    CHECK(measured("the magnitude 6.1 quake struck at dawn") == std::vector<std::string>{"6.1 magnitude"});
    CHECK(measured("she talked of Ferry 2.0 for the town").empty());
}

TEST_CASE("numbers: a count of deaths or injuries is one, however the sentence words it") {
    CHECK(measured("the rebels claimed 90 were dead") == std::vector<std::string>{"90 deaths"});
    CHECK(measured("the blast had killed eleven and injured eleven more") == std::vector<std::string>{"11 deaths", "11 injuries"});
    CHECK(measured("the blast killed at least 12 people") == std::vector<std::string>{"12 deaths"});
    CHECK(measured("12 people have reportedly died") == std::vector<std::string>{"12 deaths"});
    CHECK(measured("the death toll rose to 40 on Monday") == std::vector<std::string>{"40 deaths"});
    CHECK(measured("five killed and 30 injured") == std::vector<std::string>{"5 deaths", "30 injuries"});
    // a count of named people stays theirs, an age is no count, and a guess is marked as one
    CHECK(measured("790 Arlish soldiers were killed") == std::vector<std::string>{"790 deaths"});
    CHECK(measured("the army killed 20 soldiers") == std::vector<std::string>{"20 soldiers"}); // (the noun says what)
    CHECK(measured("he died at 78").empty());
    auto guess = verbatim::analyse_claim("we could get aftershocks in the range of 4.5 magnitude");
    REQUIRE(guess.quantities.size() == 1);
    CHECK(guess.quantities[0].hedged);
    CHECK_FALSE(verbatim::analyse_claim("about 300 people were killed").quantities.at(0).hedged);
}

TEST_CASE("series: two sources of one article who give one measure two amounts disagree; a guess does not") {
    auto a = make_doc("a", "2020-11-01",
                      "Earthquake strikes coast\n\n"
                      "The National Disaster Agency said the magnitude of the earthquake was 6.4 on Friday. The Coastal Geological Survey said "
                      "it was of 6.9 magnitude.\n");
    auto r = report_of({&a});
    REQUIRE(r.numbers.size() == 1);
    REQUIRE(r.numbers.front().steps.size() == 1);
    auto const& step = r.numbers.front().steps.front();
    CHECK(r.claims[step.earlier].entity != r.claims[step.later].entity);
    CHECK(r.numbers.front().metric == "magnitude");
    auto toll = make_doc("t", "2019-01-24",
                         "Attack on base\n\n"
                         "A militant spokesman, Omar Farid, claimed 90 were dead. Anna Berg, a spokeswoman for the governor, "
                         "said the blast had killed eleven.\n");
    auto t = report_of({&toll});
    REQUIRE(t.numbers.size() == 1);
    CHECK(t.numbers.front().metric == "deaths");
    // an expert's guess of aftershocks is no second measure of the quake
    auto guess = make_doc("g", "2021-09-25",
                          "Quake felt in the city\n\n"
                          "The National Disaster Agency said it was an earthquake with a magnitude of 6.0. Professor Mark Olsen said "
                          "\"we could get aftershocks in the range of 4.5 magnitude.\"\n");
    CHECK(report_of({&guess}).numbers.empty());
    // two things counted, each named near its number, are no disagreement
    auto two = make_doc("w", "2020-10-01",
                        "War update\n\nThe Arland ministry said 790 Bexish soldiers were killed. The Bexland ministry said 2,300 "
                        "Arlish soldiers were killed.\n");
    CHECK(report_of({&two}).numbers.empty());
    // one source's own two numbers in one article are no disagreement
    auto one = make_doc("o", "2019-01-24", "Attack on base\n\nOmar Farid said 90 were dead. Omar Farid later said eleven people had died.\n");
    CHECK(report_of({&one}).numbers.empty());
}

TEST_CASE("figures: an article's own numbers, not a named speaker's and not its headline's") {
    auto d = make_doc("a", "2021-07-21",
                     "Victoria records 13 new cases\n\n"
                     "Thirteen new cases of COVID-19 were recorded in Victoria yesterday. "
                     "Premier Daniel Andrews said 4,000 people were in isolation. "
                     "The state has been in lockdown since Friday.\n");
    auto quotes = verbatim::extract_quotations(d);
    auto figures = verbatim::figures_of(d, quotes);
    REQUIRE(figures.size() == 1);
    auto const& f = figures.front();
    CHECK(f.reported);
    CHECK(f.text == "Thirteen new cases of COVID-19 were recorded in Victoria yesterday.");
    REQUIRE(f.form.quantities.size() == 1);
    CHECK(f.form.quantities[0].value == doctest::Approx(13));
    // The premier's number is his claim, not a figure of the article.
    bool premier_claim = std::any_of(quotes.begin(), quotes.end(), [](verbatim::quotation const& q) {
        return q.speaker && q.speaker->name == "Daniel Andrews";
    });
    CHECK(premier_claim);
}

TEST_CASE("series: one count of one subject followed across articles; another subject's count kept apart") {
    auto a = make_doc("a", "2021-07-21", "Thirteen new cases of COVID-19 were recorded in Victoria yesterday.\n");
    auto b = make_doc("b", "2021-08-01",
                     "Cases in Australia\n\n"
                     "Victoria recorded ten new cases of COVID-19 on Tuesday.\n\n"
                     "New South Wales recorded 78 new cases of COVID-19 on Tuesday.\n");
    auto r = report_of({&a, &b});
    REQUIRE(r.numbers.size() == 1);
    auto const& n = r.numbers.front();
    CHECK(n.metric == "new cases");
    CHECK(std::find(n.subject.begin(), n.subject.end(), "Victoria") != n.subject.end());
    REQUIRE(n.steps.size() == 1);
    auto const& step = n.steps.front();
    CHECK(step.verdict.rel == verbatim::relation::number_change);
    CHECK(r.claims[step.earlier].date == "2021-07-21");
    CHECK(r.claims[step.later].text == "Victoria recorded ten new cases of COVID-19 on Tuesday.");
    // Figures are no speaker's: they are counted apart and never make a speaker's change.
    CHECK(r.changes.empty());
    CHECK(r.speakers == 0);
}

TEST_CASE("series: a step that a disagreement already shows is shown once") {
    auto a = make_doc("a", "2024-06-11",
                      "Raid on the camp\n\nPortugal said fewer than 100 people died in the operation. "
                      "Spain said 274 people died in the operation.\n");
    auto r = report_of({&a});
    REQUIRE(r.disagreements.size() == 1);
    CHECK(r.numbers.empty());
}

TEST_CASE("series: an article that restates the old number still gives its source's new one") {
    auto a = make_doc("a", "2019-09-01",
                      "Storm grows\n\nThe National Storm Center said Hurricane Orla had strengthened into a Category 5 hurricane.\n");
    auto b = make_doc("b", "2019-09-05",
                      "Storm weakens\n\nOrla made its first landfall as a Category 5 hurricane on the coast. The National Storm "
                      "Center said Orla had been downgraded to a Category 2 storm.\n");
    auto r = report_of({&a, &b});
    // the source's own two figures are linked: as a change, or else as a step of the numbers
    std::vector<verbatim::claim_change> links = r.changes;
    for (auto const& n : r.numbers) links.insert(links.end(), n.steps.begin(), n.steps.end());
    auto linked = std::any_of(links.begin(), links.end(), [&](verbatim::claim_change const& l) {
        return r.claims[l.earlier].doc == "a" && r.claims[l.later].text.find("Category 2") != std::string::npos;
    });
    CHECK(linked);
    // and with the words that make it a change said otherwise, as a step
    auto c = make_doc("c", "2019-09-05",
                      "Storm weakens\n\nOrla made its first landfall as a Category 5 hurricane on the coast. The National Storm "
                      "Center said all warnings were lifted as of yesterday and Orla had also been downgraded to a Category 2 "
                      "storm over the cold waters of the north.\n");
    auto rc = report_of({&a, &c});
    REQUIRE(rc.numbers.size() == 1);
    CHECK(rc.claims[rc.numbers.front().steps.front().earlier].doc == "a");
}

TEST_CASE("series: two people's numbers are no series of one") {
    auto a = make_doc("a", "2020-02-14", "Caucus results\n\nIn the caucus, Anna Berg earned 8 delegates, Omar Farid earned 6.\n");
    auto b = make_doc("b", "2020-03-15", "Primary results\n\nIn the primary, Omar Farid earned the other two delegates.\n");
    CHECK(report_of({&a, &b}).numbers.empty());
    auto c = make_doc("c", "2020-10-22", "Minor parties\n\nIn 2016, Green Ridge Party nominee Lena Holt received 5,617 votes.\n");
    auto d = make_doc("d", "2020-10-30", "Minor parties\n\nIn 2016, Blue Valley Party nominee Piet Vos received 6,777 votes.\n");
    CHECK(report_of({&c, &d}).numbers.empty());
    auto e = make_doc("e", "2020-11-02", "Minor parties\n\nIn 2016, Green Ridge Party nominee Lena Holt received 5,620 votes.\n");
    CHECK(report_of({&c, &e}).numbers.size() == 1); // (one person's count, two amounts)
}

TEST_CASE("series: not across different years named, nor after months without a point") {
    auto a = make_doc("a", "2021-03-01", "In 2016, Jane Roe received 6,776 votes in Ohio.\n");
    auto b = make_doc("b", "2021-03-05", "In 2020, Jane Roe received 9,100 votes in Ohio.\n");
    CHECK(report_of({&a, &b}).numbers.empty());
    auto same_year = make_doc("b2", "2021-03-05", "In 2016, Jane Roe received 6,777 votes in Ohio.\n");
    CHECK(report_of({&a, &same_year}).numbers.size() == 1); // (two counts of one result: it moved)
    auto c = make_doc("c", "2021-01-10", "Thirteen new cases of COVID-19 were recorded in Victoria yesterday.\n");
    auto d = make_doc("d", "2021-09-10", "Victoria recorded ten new cases of COVID-19 on Tuesday.\n");
    CHECK(report_of({&c, &d}).numbers.empty());
    auto soon = make_doc("d2", "2021-02-10", "Victoria recorded ten new cases of COVID-19 on Tuesday.\n");
    CHECK(report_of({&c, &soon}).numbers.size() == 1);
}

TEST_CASE("series: a place both numbers are counted in names their subject, when what is counted is said alike") {
    auto a = make_doc("a", "2020-04-29", "Virus toll\n\nAt least 55,000 deaths in the United States were linked to the virus.\n");
    auto b = make_doc("b", "2020-05-29", "Virus toll\n\nThe number of deaths linked to the virus surpassed 100,000 in the United States.\n");
    // (the place's name is common in this corpus: alone it would name no subject)
    std::string common = "Travel\n\n";
    for (auto name : {"Anna Berg", "Omar Farid", "Lena Holt", "Piet Vos", "Mara Lind", "Ivo Kern", "Rita Sand", "Jon Dale", "Eva Roos", "Tom Hale"})
        common += std::string(name) + " said the United States was a good place to visit in summer. ";
    auto c0 = make_doc("c0", "2020-01-10", common + "\n");
    auto r = report_of({&a, &b, &c0});
    REQUIRE(r.numbers.size() == 1);
    CHECK(r.numbers.front().steps.size() == 1);
    // the place alone, and two things counted there: no series
    auto c = make_doc("c", "2021-07-24", "Virus toll\n\nMore than 414,000 virus deaths have been officially recorded in Portugal.\n");
    auto d = make_doc("d", "2021-07-25", "Floods\n\nHeavy rains have killed at least 110 people in Portugal.\n");
    CHECK(report_of({&c, &d}).numbers.empty());
}

TEST_CASE("figures travel in records: read back, they give the same figure claims") {
    auto d = make_doc("a", "2021-07-21",
                     "Victoria records cases\n\n"
                     "Thirteen new cases of COVID-19 were recorded in Victoria yesterday, as Premier Daniel Andrews "
                     "said 4,000 people were in isolation.\n");
    auto quotes = verbatim::extract_quotations(d);
    verbatim::speaker_directory directory;
    directory.add(d, quotes);
    std::ostringstream out;
    auto writer = verbatim::make_quote_writer(verbatim::output_format::jsonl, out, directory, true);
    writer->add(d, quotes);
    writer->finish();
    CHECK(out.str().find("\"figure\": {") != std::string::npos);
    auto const path = (std::filesystem::temp_directory_path() / "verbatim_numbers_test.jsonl").string();
    {
        std::ofstream f(path);
        f << out.str();
    }
    std::vector<verbatim::claim> back;
    verbatim::read_quotation_records(
        {path},
        [&](verbatim::document&& doc, std::vector<verbatim::quotation>&&, std::vector<verbatim::figure_record>&& figures) {
            for (auto const& f : figures)
                if (auto c = verbatim::figure_claim(doc, f.sentence, f.measured)) back.push_back(std::move(*c));
        },
        [](verbatim::diagnostic const&) {});
    std::filesystem::remove(path);
    auto direct = verbatim::figures_of(d, quotes);
    REQUIRE(direct.size() == 1);
    REQUIRE(back.size() == 1);
    CHECK(back[0].text == direct[0].text);
    REQUIRE(back[0].form.quantities.size() == direct[0].form.quantities.size());
    // The number inside the premier's words is blanked: only the article's own is a figure's.
    CHECK(back[0].form.quantities[0].value == doctest::Approx(13));
}
