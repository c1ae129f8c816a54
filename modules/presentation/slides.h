#pragma once
// The slides of a Monev deck. Each file draws one; deck.cpp puts them in order.

#include "slide.h"

#include <QCoreApplication>

namespace perisai::presentation {

class TitleSlide final : public Slide {
    Q_DECLARE_TR_FUNCTIONS(TitleSlide)
public:
    using Slide::Slide;
    QString id() const override { return QStringLiteral("title"); }
    QString title() const override;
    bool hasHeading() const override { return false; }
    void paintBody(SlideCanvas &canvas, const QRectF &body) const override;
};

class IndicatorsSlide final : public Slide {
    Q_DECLARE_TR_FUNCTIONS(IndicatorsSlide)
public:
    using Slide::Slide;
    QString id() const override { return QStringLiteral("indicators"); }
    QString title() const override;
    QString subtitle() const override;
    void paintBody(SlideCanvas &canvas, const QRectF &body) const override;
};

class AcquisitionsSlide final : public Slide {
    Q_DECLARE_TR_FUNCTIONS(AcquisitionsSlide)
public:
    using Slide::Slide;
    QString id() const override { return QStringLiteral("acquisitions"); }
    QString title() const override;
    QString subtitle() const override;
    void paintBody(SlideCanvas &canvas, const QRectF &body) const override;
};

class AchievementSlide final : public Slide {
    Q_DECLARE_TR_FUNCTIONS(AchievementSlide)
public:
    using Slide::Slide;
    QString id() const override { return QStringLiteral("achievement"); }
    QString title() const override;
    QString subtitle() const override;
    void paintBody(SlideCanvas &canvas, const QRectF &body) const override;
};

class LeaderboardSlide final : public Slide {
    Q_DECLARE_TR_FUNCTIONS(LeaderboardSlide)
public:
    using Slide::Slide;
    QString id() const override { return QStringLiteral("leaderboard"); }
    QString title() const override;
    QString subtitle() const override;
    void paintBody(SlideCanvas &canvas, const QRectF &body) const override;
    static QString awardName(const QString &category);
};

class RetentionSlide final : public Slide {
    Q_DECLARE_TR_FUNCTIONS(RetentionSlide)
public:
    using Slide::Slide;
    QString id() const override { return QStringLiteral("retention"); }
    QString title() const override;
    QString subtitle() const override;
    void paintBody(SlideCanvas &canvas, const QRectF &body) const override;
};

class FollowUpSlide final : public Slide {
    Q_DECLARE_TR_FUNCTIONS(FollowUpSlide)
public:
    using Slide::Slide;
    QString id() const override { return QStringLiteral("followup"); }
    QString title() const override;
    QString subtitle() const override;
    void paintBody(SlideCanvas &canvas, const QRectF &body) const override;
};

class AgreementsSlide final : public Slide {
    Q_DECLARE_TR_FUNCTIONS(AgreementsSlide)
public:
    using Slide::Slide;
    QString id() const override { return QStringLiteral("agreements"); }
    QString title() const override;
    QString subtitle() const override;
    void paintBody(SlideCanvas &canvas, const QRectF &body) const override;
};

// "Januari–Juni 2022", "Juli 2021–Juni 2022".
QString periodText(const PeriodRange &period);
// The deck's period, and that it ends at the last month with data when it was cut.
QString periodText(const DeckHeader &header);

} // namespace perisai::presentation
