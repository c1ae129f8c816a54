#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <algorithm>

namespace perisai::shell {

// Measures how long the UI thread went without running its event loop: a timer asks to tick every
// 10 ms, and any longer gap is time in which the window could not repaint or answer a click.
class StallMeter : public QObject
{
public:
    explicit StallMeter(QObject *parent = nullptr) : QObject(parent)
    {
        m_clock.start();
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, [this]() {
            const qint64 now = m_clock.elapsed();
            m_longest = std::max(m_longest, now - m_last - 10);
            m_last = now;
        });
        m_timer.start();
    }
    // The longest gap since the last call, in milliseconds.
    qint64 takeLongest()
    {
        const qint64 longest = m_longest;
        m_longest = 0;
        return longest;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

} // namespace perisai::shell
