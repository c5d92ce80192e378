# GENERATED from ui/plan_dialog.ui — do not edit; run `make forms` to regenerate.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTimeEdit, QVBoxLayout, QWidget)

class Ui_PlanDialog(object):
    def setupUi(self, PlanDialog):
        if not PlanDialog.objectName():
            PlanDialog.setObjectName(u"PlanDialog")
        self.dialogLayout = QVBoxLayout(PlanDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(22, 18, 22, 16)
        self.titleLabel = QLabel(PlanDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"h2")

        self.dialogLayout.addWidget(self.titleLabel)

        self.formError = QLabel(PlanDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)
        self.formError.setProperty(u"role", u"formError")

        self.dialogLayout.addWidget(self.formError)

        self.planForm = QFormLayout()
        self.planForm.setObjectName(u"planForm")
        self.planForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.planForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.planForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.planForm.setHorizontalSpacing(16)
        self.planForm.setVerticalSpacing(5)
        self.nameKey = QLabel(PlanDialog)
        self.nameKey.setObjectName(u"nameKey")

        self.planForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameKey)

        self.nameEdit = QLineEdit(PlanDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(120)
        self.nameEdit.setProperty(u"field", True)

        self.planForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(PlanDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)
        self.nameError.setProperty(u"role", u"fieldError")

        self.planForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.typeKey = QLabel(PlanDialog)
        self.typeKey.setObjectName(u"typeKey")

        self.planForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.typeKey)

        self.typeCombo = QComboBox(PlanDialog)
        self.typeCombo.setObjectName(u"typeCombo")

        self.planForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.typeCombo)

        self.typeError = QLabel(PlanDialog)
        self.typeError.setObjectName(u"typeError")
        self.typeError.setWordWrap(True)
        self.typeError.setProperty(u"role", u"fieldError")

        self.planForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.typeError)

        self.durationKey = QLabel(PlanDialog)
        self.durationKey.setObjectName(u"durationKey")

        self.planForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.durationKey)

        self.durationRow = QHBoxLayout()
        self.durationRow.setSpacing(8)
        self.durationRow.setObjectName(u"durationRow")
        self.durationSpin = QSpinBox(PlanDialog)
        self.durationSpin.setObjectName(u"durationSpin")
        self.durationSpin.setMinimum(1)
        self.durationSpin.setMaximum(3660)
        self.durationSpin.setValue(30)
        self.durationSpin.setMinimumSize(QSize(120, 0))

        self.durationRow.addWidget(self.durationSpin)

        self.durationEnd = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.durationRow.addItem(self.durationEnd)


        self.planForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.durationRow)

        self.durationError = QLabel(PlanDialog)
        self.durationError.setObjectName(u"durationError")
        self.durationError.setWordWrap(True)
        self.durationError.setProperty(u"role", u"fieldError")

        self.planForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.durationError)

        self.priceKey = QLabel(PlanDialog)
        self.priceKey.setObjectName(u"priceKey")

        self.planForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.priceKey)

        self.priceRow = QHBoxLayout()
        self.priceRow.setSpacing(8)
        self.priceRow.setObjectName(u"priceRow")
        self.priceEdit = QLineEdit(PlanDialog)
        self.priceEdit.setObjectName(u"priceEdit")
        self.priceEdit.setMaxLength(12)
        self.priceEdit.setProperty(u"field", True)

        self.priceRow.addWidget(self.priceEdit)

        self.currencyEdit = QLineEdit(PlanDialog)
        self.currencyEdit.setObjectName(u"currencyEdit")
        self.currencyEdit.setMaxLength(3)
        self.currencyEdit.setProperty(u"field", True)

        self.priceRow.addWidget(self.currencyEdit)

        self.priceHint = QLabel(PlanDialog)
        self.priceHint.setObjectName(u"priceHint")
        self.priceHint.setProperty(u"role", u"muted")

        self.priceRow.addWidget(self.priceHint)

        self.priceEnd = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.priceRow.addItem(self.priceEnd)


        self.planForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.priceRow)

        self.priceError = QLabel(PlanDialog)
        self.priceError.setObjectName(u"priceError")
        self.priceError.setWordWrap(True)
        self.priceError.setProperty(u"role", u"fieldError")

        self.planForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.priceError)

        self.visitsKey = QLabel(PlanDialog)
        self.visitsKey.setObjectName(u"visitsKey")

        self.planForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.visitsKey)

        self.visitsRow = QHBoxLayout()
        self.visitsRow.setSpacing(8)
        self.visitsRow.setObjectName(u"visitsRow")
        self.visitsSpin = QSpinBox(PlanDialog)
        self.visitsSpin.setObjectName(u"visitsSpin")
        self.visitsSpin.setMinimum(0)
        self.visitsSpin.setMaximum(21)
        self.visitsSpin.setMinimumSize(QSize(120, 0))

        self.visitsRow.addWidget(self.visitsSpin)

        self.visitsEnd = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.visitsRow.addItem(self.visitsEnd)


        self.planForm.setLayout(8, QFormLayout.ItemRole.FieldRole, self.visitsRow)

        self.visitsError = QLabel(PlanDialog)
        self.visitsError.setObjectName(u"visitsError")
        self.visitsError.setWordWrap(True)
        self.visitsError.setProperty(u"role", u"fieldError")

        self.planForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.visitsError)

        self.visitCountKey = QLabel(PlanDialog)
        self.visitCountKey.setObjectName(u"visitCountKey")

        self.planForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.visitCountKey)

        self.visitCountRow = QHBoxLayout()
        self.visitCountRow.setSpacing(8)
        self.visitCountRow.setObjectName(u"visitCountRow")
        self.visitCountSpin = QSpinBox(PlanDialog)
        self.visitCountSpin.setObjectName(u"visitCountSpin")
        self.visitCountSpin.setMinimum(1)
        self.visitCountSpin.setMaximum(1000)
        self.visitCountSpin.setValue(10)
        self.visitCountSpin.setMinimumSize(QSize(120, 0))

        self.visitCountRow.addWidget(self.visitCountSpin)

        self.visitCountHint = QLabel(PlanDialog)
        self.visitCountHint.setObjectName(u"visitCountHint")
        self.visitCountHint.setProperty(u"role", u"muted")

        self.visitCountRow.addWidget(self.visitCountHint)

        self.visitCountEnd = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.visitCountRow.addItem(self.visitCountEnd)


        self.planForm.setLayout(10, QFormLayout.ItemRole.FieldRole, self.visitCountRow)

        self.visitCountError = QLabel(PlanDialog)
        self.visitCountError.setObjectName(u"visitCountError")
        self.visitCountError.setWordWrap(True)
        self.visitCountError.setProperty(u"role", u"fieldError")

        self.planForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.visitCountError)

        self.hoursKey = QLabel(PlanDialog)
        self.hoursKey.setObjectName(u"hoursKey")

        self.planForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.hoursKey)

        self.hoursRow = QHBoxLayout()
        self.hoursRow.setSpacing(8)
        self.hoursRow.setObjectName(u"hoursRow")
        self.hoursCheck = QCheckBox(PlanDialog)
        self.hoursCheck.setObjectName(u"hoursCheck")

        self.hoursRow.addWidget(self.hoursCheck)

        self.fromEdit = QTimeEdit(PlanDialog)
        self.fromEdit.setObjectName(u"fromEdit")

        self.hoursRow.addWidget(self.fromEdit)

        self.hoursTo = QLabel(PlanDialog)
        self.hoursTo.setObjectName(u"hoursTo")

        self.hoursRow.addWidget(self.hoursTo)

        self.untilEdit = QTimeEdit(PlanDialog)
        self.untilEdit.setObjectName(u"untilEdit")

        self.hoursRow.addWidget(self.untilEdit)

        self.hoursEnd = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.hoursRow.addItem(self.hoursEnd)


        self.planForm.setLayout(12, QFormLayout.ItemRole.FieldRole, self.hoursRow)

        self.hoursError = QLabel(PlanDialog)
        self.hoursError.setObjectName(u"hoursError")
        self.hoursError.setWordWrap(True)
        self.hoursError.setProperty(u"role", u"fieldError")

        self.planForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.hoursError)

        self.allSitesCheck = QCheckBox(PlanDialog)
        self.allSitesCheck.setObjectName(u"allSitesCheck")

        self.planForm.setWidget(14, QFormLayout.ItemRole.FieldRole, self.allSitesCheck)

        self.autoRenewCheck = QCheckBox(PlanDialog)
        self.autoRenewCheck.setObjectName(u"autoRenewCheck")

        self.planForm.setWidget(15, QFormLayout.ItemRole.FieldRole, self.autoRenewCheck)

        self.featuresKey = QLabel(PlanDialog)
        self.featuresKey.setObjectName(u"featuresKey")

        self.planForm.setWidget(16, QFormLayout.ItemRole.LabelRole, self.featuresKey)

        self.featuresEdit = QPlainTextEdit(PlanDialog)
        self.featuresEdit.setObjectName(u"featuresEdit")
        self.featuresEdit.setTabChangesFocus(True)
        self.featuresEdit.setMaximumSize(QSize(16777215, 84))

        self.planForm.setWidget(16, QFormLayout.ItemRole.FieldRole, self.featuresEdit)

        self.featuresError = QLabel(PlanDialog)
        self.featuresError.setObjectName(u"featuresError")
        self.featuresError.setWordWrap(True)
        self.featuresError.setProperty(u"role", u"fieldError")

        self.planForm.setWidget(17, QFormLayout.ItemRole.FieldRole, self.featuresError)

        self.descriptionKey = QLabel(PlanDialog)
        self.descriptionKey.setObjectName(u"descriptionKey")

        self.planForm.setWidget(18, QFormLayout.ItemRole.LabelRole, self.descriptionKey)

        self.descriptionEdit = QPlainTextEdit(PlanDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)
        self.descriptionEdit.setMaximumSize(QSize(16777215, 64))

        self.planForm.setWidget(18, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.descriptionError = QLabel(PlanDialog)
        self.descriptionError.setObjectName(u"descriptionError")
        self.descriptionError.setWordWrap(True)
        self.descriptionError.setProperty(u"role", u"fieldError")

        self.planForm.setWidget(19, QFormLayout.ItemRole.FieldRole, self.descriptionError)

        self.activeCheck = QCheckBox(PlanDialog)
        self.activeCheck.setObjectName(u"activeCheck")
        self.activeCheck.setChecked(True)

        self.planForm.setWidget(20, QFormLayout.ItemRole.FieldRole, self.activeCheck)


        self.dialogLayout.addLayout(self.planForm)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setSpacing(10)
        self.buttonRow.setObjectName(u"buttonRow")
        self.requiredHint = QLabel(PlanDialog)
        self.requiredHint.setObjectName(u"requiredHint")
        self.requiredHint.setProperty(u"role", u"muted")

        self.buttonRow.addWidget(self.requiredHint)

        self.buttonSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(PlanDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonRow.addWidget(self.cancelButton)

        self.saveButton = QPushButton(PlanDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setProperty(u"primary", True)

        self.buttonRow.addWidget(self.saveButton)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.nameKey.setBuddy(self.nameEdit)
        self.typeKey.setBuddy(self.typeCombo)
        self.durationKey.setBuddy(self.durationSpin)
        self.priceKey.setBuddy(self.priceEdit)
        self.visitsKey.setBuddy(self.visitsSpin)
        self.visitCountKey.setBuddy(self.visitCountSpin)
        self.hoursKey.setBuddy(self.hoursCheck)
        self.featuresKey.setBuddy(self.featuresEdit)
        self.descriptionKey.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.typeCombo)
        QWidget.setTabOrder(self.typeCombo, self.durationSpin)
        QWidget.setTabOrder(self.durationSpin, self.priceEdit)
        QWidget.setTabOrder(self.priceEdit, self.currencyEdit)
        QWidget.setTabOrder(self.currencyEdit, self.visitsSpin)
        QWidget.setTabOrder(self.visitsSpin, self.visitCountSpin)
        QWidget.setTabOrder(self.visitCountSpin, self.hoursCheck)
        QWidget.setTabOrder(self.hoursCheck, self.fromEdit)
        QWidget.setTabOrder(self.fromEdit, self.untilEdit)
        QWidget.setTabOrder(self.untilEdit, self.allSitesCheck)
        QWidget.setTabOrder(self.allSitesCheck, self.autoRenewCheck)
        QWidget.setTabOrder(self.autoRenewCheck, self.featuresEdit)
        QWidget.setTabOrder(self.featuresEdit, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.activeCheck)
        QWidget.setTabOrder(self.activeCheck, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)

        self.retranslateUi(PlanDialog)

        QMetaObject.connectSlotsByName(PlanDialog)
    # setupUi

    def retranslateUi(self, PlanDialog):
        PlanDialog.setWindowTitle(QCoreApplication.translate("PlanDialog", u"Plan", None))
        self.titleLabel.setText(QCoreApplication.translate("PlanDialog", u"New plan", None))
        self.nameKey.setText(QCoreApplication.translate("PlanDialog", u"&Name *", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("PlanDialog", u"Plan name", None))
#endif // QT_CONFIG(accessibility)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("PlanDialog", u"e.g. Monthly Unlimited", None))
        self.typeKey.setText(QCoreApplication.translate("PlanDialog", u"&Type", None))
#if QT_CONFIG(accessibility)
        self.typeCombo.setAccessibleName(QCoreApplication.translate("PlanDialog", u"Plan type", None))
#endif // QT_CONFIG(accessibility)
        self.durationKey.setText(QCoreApplication.translate("PlanDialog", u"&Duration", None))
#if QT_CONFIG(accessibility)
        self.durationSpin.setAccessibleName(QCoreApplication.translate("PlanDialog", u"Duration in days", None))
#endif // QT_CONFIG(accessibility)
        self.durationSpin.setSuffix(QCoreApplication.translate("PlanDialog", u" days", None))
        self.priceKey.setText(QCoreApplication.translate("PlanDialog", u"&Price *", None))
#if QT_CONFIG(accessibility)
        self.priceEdit.setAccessibleName(QCoreApplication.translate("PlanDialog", u"Price", None))
#endif // QT_CONFIG(accessibility)
        self.priceEdit.setPlaceholderText(QCoreApplication.translate("PlanDialog", u"39.90", None))
#if QT_CONFIG(accessibility)
        self.currencyEdit.setAccessibleName(QCoreApplication.translate("PlanDialog", u"Currency", None))
#endif // QT_CONFIG(accessibility)
        self.currencyEdit.setPlaceholderText(QCoreApplication.translate("PlanDialog", u"EUR", None))
        self.priceHint.setText(QCoreApplication.translate("PlanDialog", u"tax included", None))
        self.visitsKey.setText(QCoreApplication.translate("PlanDialog", u"&Visits a week", None))
#if QT_CONFIG(accessibility)
        self.visitsSpin.setAccessibleName(QCoreApplication.translate("PlanDialog", u"Visits per week", None))
#endif // QT_CONFIG(accessibility)
        self.visitsSpin.setSpecialValueText(QCoreApplication.translate("PlanDialog", u"Unlimited", None))
        self.visitCountKey.setText(QCoreApplication.translate("PlanDialog", u"Visits in the pac&k *", None))
#if QT_CONFIG(accessibility)
        self.visitCountSpin.setAccessibleName(QCoreApplication.translate("PlanDialog", u"Number of visits in the class pack", None))
#endif // QT_CONFIG(accessibility)
        self.visitCountSpin.setSuffix(QCoreApplication.translate("PlanDialog", u" visits", None))
        self.visitCountHint.setText(QCoreApplication.translate("PlanDialog", u"each check-in takes one", None))
        self.hoursKey.setText(QCoreApplication.translate("PlanDialog", u"Access &hours", None))
        self.hoursCheck.setText(QCoreApplication.translate("PlanDialog", u"Only from", None))
#if QT_CONFIG(accessibility)
        self.hoursCheck.setAccessibleName(QCoreApplication.translate("PlanDialog", u"Limit access hours", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.fromEdit.setAccessibleName(QCoreApplication.translate("PlanDialog", u"Access from", None))
#endif // QT_CONFIG(accessibility)
        self.fromEdit.setDisplayFormat(QCoreApplication.translate("PlanDialog", u"HH:mm", None))
        self.hoursTo.setText(QCoreApplication.translate("PlanDialog", u"to", None))
#if QT_CONFIG(accessibility)
        self.untilEdit.setAccessibleName(QCoreApplication.translate("PlanDialog", u"Access until", None))
#endif // QT_CONFIG(accessibility)
        self.untilEdit.setDisplayFormat(QCoreApplication.translate("PlanDialog", u"HH:mm", None))
        self.allSitesCheck.setText(QCoreApplication.translate("PlanDialog", u"Valid at &all sites of the chain", None))
        self.autoRenewCheck.setText(QCoreApplication.translate("PlanDialog", u"Sales &renew automatically unless the desk unticks it", None))
#if QT_CONFIG(tooltip)
        self.autoRenewCheck.setToolTip(QCoreApplication.translate("PlanDialog", u"The starting value of \"Renew automatically\" when this plan is sold", None))
#endif // QT_CONFIG(tooltip)
        self.featuresKey.setText(QCoreApplication.translate("PlanDialog", u"&Features", None))
#if QT_CONFIG(accessibility)
        self.featuresEdit.setAccessibleName(QCoreApplication.translate("PlanDialog", u"Features, one per line", None))
#endif // QT_CONFIG(accessibility)
        self.featuresEdit.setPlaceholderText(QCoreApplication.translate("PlanDialog", u"One per line \u2014 e.g. Sauna\n"
"Towel service", None))
        self.descriptionKey.setText(QCoreApplication.translate("PlanDialog", u"Descr&iption", None))
#if QT_CONFIG(accessibility)
        self.descriptionEdit.setAccessibleName(QCoreApplication.translate("PlanDialog", u"Description", None))
#endif // QT_CONFIG(accessibility)
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("PlanDialog", u"Shown to the desk when selling", None))
        self.activeCheck.setText(QCoreApplication.translate("PlanDialog", u"For &sale (untick to retire the plan; memberships sold keep it)", None))
        self.requiredHint.setText(QCoreApplication.translate("PlanDialog", u"* required", None))
        self.cancelButton.setText(QCoreApplication.translate("PlanDialog", u"Cancel", None))
#if QT_CONFIG(tooltip)
        self.cancelButton.setToolTip(QCoreApplication.translate("PlanDialog", u"Close without saving (Esc)", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("PlanDialog", u"Save", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("PlanDialog", u"Save the plan (Enter)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi
