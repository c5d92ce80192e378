# GENERATED from ui/membership_dialog.ui — do not edit; run `make forms` to regenerate.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit,
    QDialog, QFormLayout, QFrame, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QStackedWidget, QVBoxLayout, QWidget)

class Ui_MembershipDialog(object):
    def setupUi(self, MembershipDialog):
        if not MembershipDialog.objectName():
            MembershipDialog.setObjectName(u"MembershipDialog")
        self.dialogLayout = QVBoxLayout(MembershipDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(22, 18, 22, 16)
        self.headerRow = QHBoxLayout()
        self.headerRow.setSpacing(12)
        self.headerRow.setObjectName(u"headerRow")
        self.titleColumn = QVBoxLayout()
        self.titleColumn.setSpacing(2)
        self.titleColumn.setObjectName(u"titleColumn")
        self.titleLabel = QLabel(MembershipDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)
        self.titleLabel.setProperty(u"role", u"h2")

        self.titleColumn.addWidget(self.titleLabel)

        self.memberLabel = QLabel(MembershipDialog)
        self.memberLabel.setObjectName(u"memberLabel")
        self.memberLabel.setProperty(u"role", u"muted")

        self.titleColumn.addWidget(self.memberLabel)


        self.headerRow.addLayout(self.titleColumn)


        self.dialogLayout.addLayout(self.headerRow)

        self.formError = QLabel(MembershipDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)
        self.formError.setProperty(u"role", u"formError")

        self.dialogLayout.addWidget(self.formError)

        self.pages = QStackedWidget(MembershipDialog)
        self.pages.setObjectName(u"pages")
        self.formPage = QWidget()
        self.formPage.setObjectName(u"formPage")
        self.formLayout = QVBoxLayout(self.formPage)
        self.formLayout.setSpacing(10)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setContentsMargins(0, 0, 0, 0)
        self.planForm = QFormLayout()
        self.planForm.setObjectName(u"planForm")
        self.planForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)
        self.planForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.planForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.planForm.setHorizontalSpacing(18)
        self.planForm.setVerticalSpacing(4)
        self.planKey = QLabel(self.formPage)
        self.planKey.setObjectName(u"planKey")

        self.planForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.planKey)

        self.planCombo = QComboBox(self.formPage)
        self.planCombo.setObjectName(u"planCombo")

        self.planForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.planCombo)

        self.planError = QLabel(self.formPage)
        self.planError.setObjectName(u"planError")
        self.planError.setWordWrap(True)
        self.planError.setProperty(u"role", u"fieldError")

        self.planForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.planError)


        self.formLayout.addLayout(self.planForm)

        self.planCard = QFrame(self.formPage)
        self.planCard.setObjectName(u"planCard")
        self.planCard.setFrameShape(QFrame.Shape.StyledPanel)
        self.planCardLayout = QVBoxLayout(self.planCard)
        self.planCardLayout.setSpacing(6)
        self.planCardLayout.setObjectName(u"planCardLayout")
        self.planCardLayout.setContentsMargins(14, 12, 14, 12)
        self.planTop = QHBoxLayout()
        self.planTop.setSpacing(12)
        self.planTop.setObjectName(u"planTop")
        self.planWords = QVBoxLayout()
        self.planWords.setSpacing(2)
        self.planWords.setObjectName(u"planWords")
        self.planName = QLabel(self.planCard)
        self.planName.setObjectName(u"planName")
        self.planName.setWordWrap(True)

        self.planWords.addWidget(self.planName)

        self.planSummary = QLabel(self.planCard)
        self.planSummary.setObjectName(u"planSummary")
        self.planSummary.setWordWrap(True)
        self.planSummary.setProperty(u"role", u"muted")

        self.planWords.addWidget(self.planSummary)


        self.planTop.addLayout(self.planWords)

        self.planTopSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.planTop.addItem(self.planTopSpacer)

        self.planPrice = QLabel(self.planCard)
        self.planPrice.setObjectName(u"planPrice")
        self.planPrice.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.planTop.addWidget(self.planPrice, 0, Qt.AlignmentFlag.AlignTop)


        self.planCardLayout.addLayout(self.planTop)

        self.planFeatures = QLabel(self.planCard)
        self.planFeatures.setObjectName(u"planFeatures")
        self.planFeatures.setWordWrap(True)

        self.planCardLayout.addWidget(self.planFeatures)

        self.planDescription = QLabel(self.planCard)
        self.planDescription.setObjectName(u"planDescription")
        self.planDescription.setWordWrap(True)
        self.planDescription.setProperty(u"role", u"muted")

        self.planCardLayout.addWidget(self.planDescription)


        self.formLayout.addWidget(self.planCard)

        self.periodForm = QFormLayout()
        self.periodForm.setObjectName(u"periodForm")
        self.periodForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)
        self.periodForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.periodForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.periodForm.setHorizontalSpacing(18)
        self.periodForm.setVerticalSpacing(6)
        self.startKey = QLabel(self.formPage)
        self.startKey.setObjectName(u"startKey")

        self.periodForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.startKey)

        self.startRow = QHBoxLayout()
        self.startRow.setSpacing(10)
        self.startRow.setObjectName(u"startRow")
        self.startEdit = QDateEdit(self.formPage)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setCalendarPopup(True)
        self.startEdit.setMinimumSize(QSize(150, 0))

        self.startRow.addWidget(self.startEdit)

        self.startNote = QLabel(self.formPage)
        self.startNote.setObjectName(u"startNote")
        self.startNote.setWordWrap(True)
        self.startNote.setProperty(u"role", u"muted")

        self.startRow.addWidget(self.startNote)


        self.periodForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.startRow)

        self.startError = QLabel(self.formPage)
        self.startError.setObjectName(u"startError")
        self.startError.setWordWrap(True)
        self.startError.setProperty(u"role", u"fieldError")

        self.periodForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.startError)

        self.periodKey = QLabel(self.formPage)
        self.periodKey.setObjectName(u"periodKey")

        self.periodForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.periodKey)

        self.periodValue = QLabel(self.formPage)
        self.periodValue.setObjectName(u"periodValue")
        self.periodValue.setWordWrap(True)

        self.periodForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.periodValue)

        self.dueKey = QLabel(self.formPage)
        self.dueKey.setObjectName(u"dueKey")

        self.periodForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dueKey)

        self.dueValue = QLabel(self.formPage)
        self.dueValue.setObjectName(u"dueValue")

        self.periodForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dueValue)

        self.autoRenewCheck = QCheckBox(self.formPage)
        self.autoRenewCheck.setObjectName(u"autoRenewCheck")

        self.periodForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.autoRenewCheck)


        self.formLayout.addLayout(self.periodForm)

        self.formEnd = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.formLayout.addItem(self.formEnd)

        self.pages.addWidget(self.formPage)
        self.donePage = QWidget()
        self.donePage.setObjectName(u"donePage")
        self.doneLayout = QVBoxLayout(self.donePage)
        self.doneLayout.setSpacing(14)
        self.doneLayout.setObjectName(u"doneLayout")
        self.doneLayout.setContentsMargins(0, 0, 0, 0)
        self.doneHeader = QHBoxLayout()
        self.doneHeader.setSpacing(16)
        self.doneHeader.setObjectName(u"doneHeader")
        self.doneIcon = QLabel(self.donePage)
        self.doneIcon.setObjectName(u"doneIcon")
        self.doneIcon.setMinimumSize(QSize(48, 48))
        self.doneIcon.setMaximumSize(QSize(48, 48))

        self.doneHeader.addWidget(self.doneIcon, 0, Qt.AlignmentFlag.AlignTop)

        self.doneWords = QVBoxLayout()
        self.doneWords.setSpacing(4)
        self.doneWords.setObjectName(u"doneWords")
        self.doneTitle = QLabel(self.donePage)
        self.doneTitle.setObjectName(u"doneTitle")
        self.doneTitle.setWordWrap(True)
        self.doneTitle.setProperty(u"role", u"h2")

        self.doneWords.addWidget(self.doneTitle)

        self.doneText = QLabel(self.donePage)
        self.doneText.setObjectName(u"doneText")
        self.doneText.setWordWrap(True)

        self.doneWords.addWidget(self.doneText)


        self.doneHeader.addLayout(self.doneWords)


        self.doneLayout.addLayout(self.doneHeader)

        self.nextRow = QHBoxLayout()
        self.nextRow.setSpacing(10)
        self.nextRow.setObjectName(u"nextRow")
        self.payButton = QPushButton(self.donePage)
        self.payButton.setObjectName(u"payButton")
        self.payButton.setProperty(u"primary", True)

        self.nextRow.addWidget(self.payButton)

        self.laterButton = QPushButton(self.donePage)
        self.laterButton.setObjectName(u"laterButton")

        self.nextRow.addWidget(self.laterButton)

        self.nextEnd = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.nextRow.addItem(self.nextEnd)


        self.doneLayout.addLayout(self.nextRow)

        self.doneEnd = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.doneLayout.addItem(self.doneEnd)

        self.pages.addWidget(self.donePage)

        self.dialogLayout.addWidget(self.pages)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setSpacing(10)
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(MembershipDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonRow.addWidget(self.cancelButton)

        self.confirmButton = QPushButton(MembershipDialog)
        self.confirmButton.setObjectName(u"confirmButton")
        self.confirmButton.setProperty(u"primary", True)

        self.buttonRow.addWidget(self.confirmButton)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.planKey.setBuddy(self.planCombo)
        self.startKey.setBuddy(self.startEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.planCombo, self.startEdit)
        QWidget.setTabOrder(self.startEdit, self.autoRenewCheck)
        QWidget.setTabOrder(self.autoRenewCheck, self.confirmButton)
        QWidget.setTabOrder(self.confirmButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.payButton)
        QWidget.setTabOrder(self.payButton, self.laterButton)

        self.retranslateUi(MembershipDialog)

        QMetaObject.connectSlotsByName(MembershipDialog)
    # setupUi

    def retranslateUi(self, MembershipDialog):
        MembershipDialog.setWindowTitle(QCoreApplication.translate("MembershipDialog", u"Sell a membership", None))
        self.titleLabel.setText(QCoreApplication.translate("MembershipDialog", u"Sell a membership", None))
        self.planKey.setText(QCoreApplication.translate("MembershipDialog", u"&Plan", None))
#if QT_CONFIG(accessibility)
        self.planCombo.setAccessibleName(QCoreApplication.translate("MembershipDialog", u"Plan", None))
#endif // QT_CONFIG(accessibility)
        self.startKey.setText(QCoreApplication.translate("MembershipDialog", u"&Starts", None))
#if QT_CONFIG(accessibility)
        self.startEdit.setAccessibleName(QCoreApplication.translate("MembershipDialog", u"Start date", None))
#endif // QT_CONFIG(accessibility)
        self.periodKey.setText(QCoreApplication.translate("MembershipDialog", u"Runs", None))
        self.dueKey.setText(QCoreApplication.translate("MembershipDialog", u"To pay", None))
        self.autoRenewCheck.setText(QCoreApplication.translate("MembershipDialog", u"&Renew automatically when it ends", None))
        self.payButton.setText(QCoreApplication.translate("MembershipDialog", u"Take &payment", None))
#if QT_CONFIG(tooltip)
        self.payButton.setToolTip(QCoreApplication.translate("MembershipDialog", u"Take the payment for this membership now (F5)", None))
#endif // QT_CONFIG(tooltip)
        self.laterButton.setText(QCoreApplication.translate("MembershipDialog", u"&Later", None))
#if QT_CONFIG(tooltip)
        self.laterButton.setToolTip(QCoreApplication.translate("MembershipDialog", u"Close; the membership stays unpaid until paid", None))
#endif // QT_CONFIG(tooltip)
        self.cancelButton.setText(QCoreApplication.translate("MembershipDialog", u"Cancel", None))
#if QT_CONFIG(tooltip)
        self.cancelButton.setToolTip(QCoreApplication.translate("MembershipDialog", u"Close without selling (Esc)", None))
#endif // QT_CONFIG(tooltip)
        self.confirmButton.setText(QCoreApplication.translate("MembershipDialog", u"Sell", None))
#if QT_CONFIG(tooltip)
        self.confirmButton.setToolTip(QCoreApplication.translate("MembershipDialog", u"Sell this plan (Enter)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi
