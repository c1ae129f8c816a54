// One definition per label: the glossary has no label twice, every term once, and docs/indicators.md is
// exactly what the glossary writes (regenerate with build/default/tests/figures/glossary_markdown).
#include "figures/glossary.h"

#include <QFile>
#include <QSet>
#include <gtest/gtest.h>

using namespace perisai::figures;

TEST(Glossary, EveryLabelAndKeyOnce)
{
    QSet<QString> labels, keys;
    for (const TermText &t : glossary()) {
        EXPECT_FALSE(labels.contains(QString::fromUtf8(t.label))) << t.label;
        EXPECT_FALSE(keys.contains(QString::fromLatin1(t.key))) << t.key;
        labels.insert(QString::fromUtf8(t.label));
        keys.insert(QString::fromLatin1(t.key));
        EXPECT_FALSE(QString::fromUtf8(t.definition).isEmpty()) << t.key;
    }
    EXPECT_EQ(termText(Term::Rank).term, Term::Rank);
}

TEST(Glossary, TooltipsCarryTheDefinition)
{
    const QString tip = tooltip(Term::TargetAchievement, QStringLiteral("From January to November 2026."));
    EXPECT_TRUE(tip.contains(QStringLiteral("<b>Target achievement</b>")));
    EXPECT_TRUE(tip.contains(QStringLiteral("Acquisitions ÷ target")));
    EXPECT_TRUE(tip.contains(QStringLiteral("From January to November 2026.")));
}

TEST(Glossary, DocsAreWrittenFromTheGlossary)
{
    QFile file(QStringLiteral(PERISAI_INDICATORS_MD));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << "docs/indicators.md is missing";
    EXPECT_EQ(QString::fromUtf8(file.readAll()), glossaryMarkdown())
        << "docs/indicators.md differs from the glossary: build/default/tests/figures/glossary_markdown > docs/indicators.md";
}
