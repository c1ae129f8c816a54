#pragma once
// A form field holding personal data (NIK, phone, bank account) of someone already on file: masked like
// everywhere else in the window and read-only until the user presses "Show" beside it. The form decides
// what showing means (it writes the audit line first, see AgentForm) and then calls reveal().

#include <QWidget>
#include <functional>

class QLineEdit;
class QToolButton;

namespace perisai::roster {

class PersonalDataEdit : public QWidget {
    Q_OBJECT

public:
    using Mask = std::function<QString(const QString &)>;
    PersonalDataEdit(Mask mask, QWidget *parent = nullptr);

    // `masked`: show the value masked and read-only with a "Show" button; else plain and editable.
    void setValue(const QString &value, bool masked);
    // The value to save: as stored while masked, as typed once shown.
    QString value() const;
    bool isMasked() const { return m_masked; }
    void reveal();
    QLineEdit *lineEdit() const { return m_edit; }
    QToolButton *showButton() const { return m_show; }

signals:
    // The user asked to see the value.
    void revealRequested();

private:
    Mask m_mask;
    QString m_value;
    bool m_masked = false;
    QLineEdit *m_edit;
    QToolButton *m_show;
};

} // namespace perisai::roster
