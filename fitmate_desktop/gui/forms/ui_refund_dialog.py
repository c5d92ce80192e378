# GENERATED from ui/refund_dialog.ui — do not edit; run `make forms` to regenerate.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QStackedWidget, QVBoxLayout, QWidget)

class Ui_RefundDialog(object):
    def setupUi(self, RefundDialog):
        if not RefundDialog.objectName():
            RefundDialog.setObjectName(u"RefundDialog")
        self.dialogLayout = QVBoxLayout(RefundDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(22, 18, 22, 16)
        self.titleLabel = QLabel(RefundDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"h2")

        self.dialogLayout.addWidget(self.titleLabel)

        self.summaryForm = QFormLayout()
        self.summaryForm.setObjectName(u"summaryForm")
        self.summaryForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)
        self.summaryForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.summaryForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.summaryForm.setHorizontalSpacing(18)
        self.summaryForm.setVerticalSpacing(6)
        self.receiptKey = QLabel(RefundDialog)
        self.receiptKey.setObjectName(u"receiptKey")
        self.receiptKey.setProperty(u"role", u"key")

        self.summaryForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.receiptKey)

        self.receiptValue = QLabel(RefundDialog)
        self.receiptValue.setObjectName(u"receiptValue")
        self.receiptValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.receiptValue.setWordWrap(True)

        self.summaryForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.receiptValue)

        self.memberKey = QLabel(RefundDialog)
        self.memberKey.setObjectName(u"memberKey")
        self.memberKey.setProperty(u"role", u"key")

        self.summaryForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.memberKey)

        self.memberValue = QLabel(RefundDialog)
        self.memberValue.setObjectName(u"memberValue")
        self.memberValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.memberValue.setWordWrap(True)

        self.summaryForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.memberValue)

        self.paidKey = QLabel(RefundDialog)
        self.paidKey.setObjectName(u"paidKey")
        self.paidKey.setProperty(u"role", u"key")

        self.summaryForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.paidKey)

        self.paidValue = QLabel(RefundDialog)
        self.paidValue.setObjectName(u"paidValue")
        self.paidValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.paidValue.setWordWrap(True)

        self.summaryForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.paidValue)

        self.refundedKey = QLabel(RefundDialog)
        self.refundedKey.setObjectName(u"refundedKey")
        self.refundedKey.setProperty(u"role", u"key")

        self.summaryForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.refundedKey)

        self.refundedValue = QLabel(RefundDialog)
        self.refundedValue.setObjectName(u"refundedValue")
        self.refundedValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.refundedValue.setWordWrap(True)

        self.summaryForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.refundedValue)

        self.maxKey = QLabel(RefundDialog)
        self.maxKey.setObjectName(u"maxKey")
        self.maxKey.setProperty(u"role", u"key")

        self.summaryForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.maxKey)

        self.maxValue = QLabel(RefundDialog)
        self.maxValue.setObjectName(u"maxValue")
        self.maxValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.maxValue.setWordWrap(True)

        self.summaryForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.maxValue)


        self.dialogLayout.addLayout(self.summaryForm)

        self.formError = QLabel(RefundDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)
        self.formError.setProperty(u"role", u"formError")

        self.dialogLayout.addWidget(self.formError)

        self.pages = QStackedWidget(RefundDialog)
        self.pages.setObjectName(u"pages")
        self.formPage = QWidget()
        self.formPage.setObjectName(u"formPage")
        self.formLayout = QVBoxLayout(self.formPage)
        self.formLayout.setSpacing(6)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setContentsMargins(0, 0, 0, 0)
        self.refundForm = QFormLayout()
        self.refundForm.setObjectName(u"refundForm")
        self.refundForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)
        self.refundForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.refundForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.refundForm.setHorizontalSpacing(18)
        self.refundForm.setVerticalSpacing(6)
        self.amountKey = QLabel(self.formPage)
        self.amountKey.setObjectName(u"amountKey")

        self.refundForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.amountKey)

        self.amountRow = QHBoxLayout()
        self.amountRow.setSpacing(8)
        self.amountRow.setObjectName(u"amountRow")
        self.amountEdit = QLineEdit(self.formPage)
        self.amountEdit.setObjectName(u"amountEdit")
        self.amountEdit.setMaxLength(12)
        self.amountEdit.setProperty(u"field", True)

        self.amountRow.addWidget(self.amountEdit)

        self.currencyLabel = QLabel(self.formPage)
        self.currencyLabel.setObjectName(u"currencyLabel")
        self.currencyLabel.setProperty(u"role", u"muted")

        self.amountRow.addWidget(self.currencyLabel)

        self.amountEnd = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.amountRow.addItem(self.amountEnd)


        self.refundForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.amountRow)

        self.amountError = QLabel(self.formPage)
        self.amountError.setObjectName(u"amountError")
        self.amountError.setWordWrap(True)
        self.amountError.setProperty(u"role", u"fieldError")

        self.refundForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.amountError)

        self.reasonKey = QLabel(self.formPage)
        self.reasonKey.setObjectName(u"reasonKey")

        self.refundForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonKey)

        self.reasonEdit = QLineEdit(self.formPage)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaxLength(500)
        self.reasonEdit.setProperty(u"field", True)

        self.refundForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.reasonError = QLabel(self.formPage)
        self.reasonError.setObjectName(u"reasonError")
        self.reasonError.setWordWrap(True)
        self.reasonError.setProperty(u"role", u"fieldError")

        self.refundForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reasonError)


        self.formLayout.addLayout(self.refundForm)

        self.formEnd = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.formLayout.addItem(self.formEnd)

        self.pages.addWidget(self.formPage)
        self.donePage = QWidget()
        self.donePage.setObjectName(u"donePage")
        self.doneLayout = QVBoxLayout(self.donePage)
        self.doneLayout.setSpacing(10)
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

        self.creditLabel = QLabel(self.donePage)
        self.creditLabel.setObjectName(u"creditLabel")
        self.creditLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.doneWords.addWidget(self.creditLabel)

        self.doneText = QLabel(self.donePage)
        self.doneText.setObjectName(u"doneText")
        self.doneText.setWordWrap(True)
        self.doneText.setProperty(u"role", u"muted")

        self.doneWords.addWidget(self.doneText)


        self.doneHeader.addLayout(self.doneWords)


        self.doneLayout.addLayout(self.doneHeader)

        self.creditRow = QHBoxLayout()
        self.creditRow.setSpacing(10)
        self.creditRow.setObjectName(u"creditRow")
        self.openCreditButton = QPushButton(self.donePage)
        self.openCreditButton.setObjectName(u"openCreditButton")

        self.creditRow.addWidget(self.openCreditButton)

        self.printCreditButton = QPushButton(self.donePage)
        self.printCreditButton.setObjectName(u"printCreditButton")

        self.creditRow.addWidget(self.printCreditButton)

        self.creditRowEnd = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.creditRow.addItem(self.creditRowEnd)


        self.doneLayout.addLayout(self.creditRow)

        self.doneEnd = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.doneLayout.addItem(self.doneEnd)

        self.pages.addWidget(self.donePage)

        self.dialogLayout.addWidget(self.pages)

        self.statusLabel = QLabel(RefundDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.statusLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setSpacing(10)
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(RefundDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonRow.addWidget(self.cancelButton)

        self.refundButton = QPushButton(RefundDialog)
        self.refundButton.setObjectName(u"refundButton")
        self.refundButton.setProperty(u"primary", True)

        self.buttonRow.addWidget(self.refundButton)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.amountKey.setBuddy(self.amountEdit)
        self.reasonKey.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.amountEdit, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.refundButton)
        QWidget.setTabOrder(self.refundButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.openCreditButton)
        QWidget.setTabOrder(self.openCreditButton, self.printCreditButton)

        self.retranslateUi(RefundDialog)

        QMetaObject.connectSlotsByName(RefundDialog)
    # setupUi

    def retranslateUi(self, RefundDialog):
        RefundDialog.setWindowTitle(QCoreApplication.translate("RefundDialog", u"Refund", None))
        self.titleLabel.setText(QCoreApplication.translate("RefundDialog", u"Refund a payment", None))
        self.receiptKey.setText(QCoreApplication.translate("RefundDialog", u"Receipt", None))
        self.memberKey.setText(QCoreApplication.translate("RefundDialog", u"Member", None))
        self.paidKey.setText(QCoreApplication.translate("RefundDialog", u"Paid", None))
        self.refundedKey.setText(QCoreApplication.translate("RefundDialog", u"Already refunded", None))
        self.maxKey.setText(QCoreApplication.translate("RefundDialog", u"Can be refunded", None))
        self.amountKey.setText(QCoreApplication.translate("RefundDialog", u"&Amount to refund", None))
#if QT_CONFIG(accessibility)
        self.amountEdit.setAccessibleName(QCoreApplication.translate("RefundDialog", u"Amount to refund", None))
#endif // QT_CONFIG(accessibility)
        self.amountEdit.setPlaceholderText(QCoreApplication.translate("RefundDialog", u"0.00", None))
        self.reasonKey.setText(QCoreApplication.translate("RefundDialog", u"&Reason", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("RefundDialog", u"Reason for the refund", None))
#endif // QT_CONFIG(accessibility)
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("RefundDialog", u"Required \u2014 e.g. charged twice, membership cancelled", None))
        self.openCreditButton.setText(QCoreApplication.translate("RefundDialog", u"&Open credit note", None))
#if QT_CONFIG(tooltip)
        self.openCreditButton.setToolTip(QCoreApplication.translate("RefundDialog", u"Open the credit note PDF (Ctrl+O)", None))
#endif // QT_CONFIG(tooltip)
        self.printCreditButton.setText(QCoreApplication.translate("RefundDialog", u"&Print\u2026", None))
#if QT_CONFIG(tooltip)
        self.printCreditButton.setToolTip(QCoreApplication.translate("RefundDialog", u"Print the credit note (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.cancelButton.setText(QCoreApplication.translate("RefundDialog", u"Cancel", None))
#if QT_CONFIG(tooltip)
        self.cancelButton.setToolTip(QCoreApplication.translate("RefundDialog", u"Close without refunding (Esc)", None))
#endif // QT_CONFIG(tooltip)
        self.refundButton.setText(QCoreApplication.translate("RefundDialog", u"Refund\u2026", None))
#if QT_CONFIG(tooltip)
        self.refundButton.setToolTip(QCoreApplication.translate("RefundDialog", u"Refund this amount (Enter); you are asked once to confirm", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi
