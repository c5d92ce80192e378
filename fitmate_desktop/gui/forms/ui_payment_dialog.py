# GENERATED from ui/payment_dialog.ui — do not edit; run `make forms` to regenerate.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QStackedWidget,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_PaymentDialog(object):
    def setupUi(self, PaymentDialog):
        if not PaymentDialog.objectName():
            PaymentDialog.setObjectName(u"PaymentDialog")
        self.dialogLayout = QVBoxLayout(PaymentDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(22, 18, 22, 16)
        self.headerRow = QHBoxLayout()
        self.headerRow.setSpacing(12)
        self.headerRow.setObjectName(u"headerRow")
        self.titleLabel = QLabel(PaymentDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"h2")

        self.headerRow.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.memberColumn = QVBoxLayout()
        self.memberColumn.setSpacing(0)
        self.memberColumn.setObjectName(u"memberColumn")
        self.memberLabel = QLabel(PaymentDialog)
        self.memberLabel.setObjectName(u"memberLabel")
        self.memberLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.memberColumn.addWidget(self.memberLabel)

        self.memberCodeLabel = QLabel(PaymentDialog)
        self.memberCodeLabel.setObjectName(u"memberCodeLabel")
        self.memberCodeLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.memberCodeLabel.setProperty(u"role", u"muted")

        self.memberColumn.addWidget(self.memberCodeLabel)


        self.headerRow.addLayout(self.memberColumn)


        self.dialogLayout.addLayout(self.headerRow)

        self.formError = QLabel(PaymentDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)
        self.formError.setProperty(u"role", u"formError")

        self.dialogLayout.addWidget(self.formError)

        self.pages = QStackedWidget(PaymentDialog)
        self.pages.setObjectName(u"pages")
        self.formPage = QWidget()
        self.formPage.setObjectName(u"formPage")
        self.formLayout = QVBoxLayout(self.formPage)
        self.formLayout.setSpacing(8)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setContentsMargins(0, 0, 0, 0)
        self.itemsSection = QLabel(self.formPage)
        self.itemsSection.setObjectName(u"itemsSection")
        self.itemsSection.setProperty(u"role", u"section")

        self.formLayout.addWidget(self.itemsSection)

        self.quickBox = QWidget(self.formPage)
        self.quickBox.setObjectName(u"quickBox")

        self.formLayout.addWidget(self.quickBox)

        self.itemsTable = QTableWidget(self.formPage)
        self.itemsTable.setObjectName(u"itemsTable")
        self.itemsTable.setMinimumSize(QSize(0, 132))
        self.itemsTable.setAlternatingRowColors(True)
        self.itemsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.itemsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.itemsTable.setTabKeyNavigation(False)
        self.itemsTable.setWordWrap(False)
        self.itemsTable.setCornerButtonEnabled(False)

        self.formLayout.addWidget(self.itemsTable)

        self.itemsButtons = QHBoxLayout()
        self.itemsButtons.setSpacing(8)
        self.itemsButtons.setObjectName(u"itemsButtons")
        self.addLineButton = QPushButton(self.formPage)
        self.addLineButton.setObjectName(u"addLineButton")

        self.itemsButtons.addWidget(self.addLineButton)

        self.removeLineButton = QPushButton(self.formPage)
        self.removeLineButton.setObjectName(u"removeLineButton")

        self.itemsButtons.addWidget(self.removeLineButton)

        self.itemsButtonsEnd = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.itemsButtons.addItem(self.itemsButtonsEnd)


        self.formLayout.addLayout(self.itemsButtons)

        self.itemsError = QLabel(self.formPage)
        self.itemsError.setObjectName(u"itemsError")
        self.itemsError.setWordWrap(True)
        self.itemsError.setProperty(u"role", u"fieldError")

        self.formLayout.addWidget(self.itemsError)

        self.methodSection = QLabel(self.formPage)
        self.methodSection.setObjectName(u"methodSection")
        self.methodSection.setProperty(u"role", u"section")

        self.formLayout.addWidget(self.methodSection)

        self.methodRow = QHBoxLayout()
        self.methodRow.setSpacing(10)
        self.methodRow.setObjectName(u"methodRow")
        self.cashButton = QPushButton(self.formPage)
        self.cashButton.setObjectName(u"cashButton")
        self.cashButton.setCheckable(True)
        self.cashButton.setMinimumSize(QSize(120, 56))
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.cashButton.sizePolicy().hasHeightForWidth())
        self.cashButton.setSizePolicy(sizePolicy)
        self.cashButton.setProperty(u"method", u"true")

        self.methodRow.addWidget(self.cashButton)

        self.cardButton = QPushButton(self.formPage)
        self.cardButton.setObjectName(u"cardButton")
        self.cardButton.setCheckable(True)
        self.cardButton.setMinimumSize(QSize(120, 56))
        sizePolicy.setHeightForWidth(self.cardButton.sizePolicy().hasHeightForWidth())
        self.cardButton.setSizePolicy(sizePolicy)
        self.cardButton.setProperty(u"method", u"true")

        self.methodRow.addWidget(self.cardButton)

        self.transferButton = QPushButton(self.formPage)
        self.transferButton.setObjectName(u"transferButton")
        self.transferButton.setCheckable(True)
        self.transferButton.setMinimumSize(QSize(120, 56))
        sizePolicy.setHeightForWidth(self.transferButton.sizePolicy().hasHeightForWidth())
        self.transferButton.setSizePolicy(sizePolicy)
        self.transferButton.setProperty(u"method", u"true")

        self.methodRow.addWidget(self.transferButton)

        self.otherButton = QPushButton(self.formPage)
        self.otherButton.setObjectName(u"otherButton")
        self.otherButton.setCheckable(True)
        self.otherButton.setMinimumSize(QSize(120, 56))
        sizePolicy.setHeightForWidth(self.otherButton.sizePolicy().hasHeightForWidth())
        self.otherButton.setSizePolicy(sizePolicy)
        self.otherButton.setProperty(u"method", u"true")

        self.methodRow.addWidget(self.otherButton)


        self.formLayout.addLayout(self.methodRow)

        self.methodError = QLabel(self.formPage)
        self.methodError.setObjectName(u"methodError")
        self.methodError.setWordWrap(True)
        self.methodError.setProperty(u"role", u"fieldError")

        self.formLayout.addWidget(self.methodError)

        self.referenceForm = QFormLayout()
        self.referenceForm.setObjectName(u"referenceForm")
        self.referenceForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)
        self.referenceForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.referenceForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.referenceForm.setHorizontalSpacing(14)
        self.referenceForm.setVerticalSpacing(4)
        self.referenceKey = QLabel(self.formPage)
        self.referenceKey.setObjectName(u"referenceKey")

        self.referenceForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.referenceKey)

        self.referenceEdit = QLineEdit(self.formPage)
        self.referenceEdit.setObjectName(u"referenceEdit")
        self.referenceEdit.setMaxLength(128)
        self.referenceEdit.setProperty(u"field", True)

        self.referenceForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.referenceEdit)

        self.referenceError = QLabel(self.formPage)
        self.referenceError.setObjectName(u"referenceError")
        self.referenceError.setWordWrap(True)
        self.referenceError.setProperty(u"role", u"fieldError")

        self.referenceForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.referenceError)


        self.formLayout.addLayout(self.referenceForm)

        self.cashBox = QWidget(self.formPage)
        self.cashBox.setObjectName(u"cashBox")
        self.cashLayout = QVBoxLayout(self.cashBox)
        self.cashLayout.setSpacing(4)
        self.cashLayout.setObjectName(u"cashLayout")
        self.cashLayout.setContentsMargins(0, 0, 0, 0)
        self.cashRow = QHBoxLayout()
        self.cashRow.setSpacing(8)
        self.cashRow.setObjectName(u"cashRow")
        self.tenderedKey = QLabel(self.cashBox)
        self.tenderedKey.setObjectName(u"tenderedKey")

        self.cashRow.addWidget(self.tenderedKey)

        self.tenderedEdit = QLineEdit(self.cashBox)
        self.tenderedEdit.setObjectName(u"tenderedEdit")
        self.tenderedEdit.setMaxLength(12)
        self.tenderedEdit.setMinimumSize(QSize(110, 0))
        self.tenderedEdit.setMaximumSize(QSize(140, 16777215))
        self.tenderedEdit.setProperty(u"field", True)

        self.cashRow.addWidget(self.tenderedEdit)

        self.notesBox = QWidget(self.cashBox)
        self.notesBox.setObjectName(u"notesBox")

        self.cashRow.addWidget(self.notesBox)

        self.cashRowSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.cashRow.addItem(self.cashRowSpacer)

        self.changeCaption = QLabel(self.cashBox)
        self.changeCaption.setObjectName(u"changeCaption")
        self.changeCaption.setProperty(u"role", u"muted")

        self.cashRow.addWidget(self.changeCaption)

        self.changeLabel = QLabel(self.cashBox)
        self.changeLabel.setObjectName(u"changeLabel")
        self.changeLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.changeLabel.setMinimumSize(QSize(110, 0))

        self.cashRow.addWidget(self.changeLabel)


        self.cashLayout.addLayout(self.cashRow)

        self.tenderedError = QLabel(self.cashBox)
        self.tenderedError.setObjectName(u"tenderedError")
        self.tenderedError.setWordWrap(True)
        self.tenderedError.setProperty(u"role", u"fieldError")

        self.cashLayout.addWidget(self.tenderedError)


        self.formLayout.addWidget(self.cashBox)

        self.totalRow = QHBoxLayout()
        self.totalRow.setSpacing(10)
        self.totalRow.setObjectName(u"totalRow")
        self.totalWords = QVBoxLayout()
        self.totalWords.setSpacing(2)
        self.totalWords.setObjectName(u"totalWords")
        self.totalCaption = QLabel(self.formPage)
        self.totalCaption.setObjectName(u"totalCaption")
        self.totalCaption.setProperty(u"role", u"muted")

        self.totalWords.addWidget(self.totalCaption)

        self.taxLabel = QLabel(self.formPage)
        self.taxLabel.setObjectName(u"taxLabel")
        self.taxLabel.setProperty(u"role", u"muted")

        self.totalWords.addWidget(self.taxLabel)


        self.totalRow.addLayout(self.totalWords)

        self.totalSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.totalRow.addItem(self.totalSpacer)

        self.totalLabel = QLabel(self.formPage)
        self.totalLabel.setObjectName(u"totalLabel")

        self.totalRow.addWidget(self.totalLabel)


        self.formLayout.addLayout(self.totalRow)

        self.pages.addWidget(self.formPage)
        self.donePage = QWidget()
        self.donePage.setObjectName(u"donePage")
        self.doneLayout = QVBoxLayout(self.donePage)
        self.doneLayout.setSpacing(8)
        self.doneLayout.setObjectName(u"doneLayout")
        self.doneLayout.setContentsMargins(0, 0, 0, 0)
        self.doneTop = QSpacerItem(20, 24, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.doneLayout.addItem(self.doneTop)

        self.doneHeader = QHBoxLayout()
        self.doneHeader.setSpacing(16)
        self.doneHeader.setObjectName(u"doneHeader")
        self.doneIcon = QLabel(self.donePage)
        self.doneIcon.setObjectName(u"doneIcon")
        self.doneIcon.setMinimumSize(QSize(56, 56))
        self.doneIcon.setMaximumSize(QSize(56, 56))

        self.doneHeader.addWidget(self.doneIcon, 0, Qt.AlignmentFlag.AlignTop)

        self.doneWords = QVBoxLayout()
        self.doneWords.setSpacing(4)
        self.doneWords.setObjectName(u"doneWords")
        self.doneTitle = QLabel(self.donePage)
        self.doneTitle.setObjectName(u"doneTitle")
        self.doneTitle.setWordWrap(True)
        self.doneTitle.setProperty(u"role", u"h2")

        self.doneWords.addWidget(self.doneTitle)

        self.receiptLabel = QLabel(self.donePage)
        self.receiptLabel.setObjectName(u"receiptLabel")
        self.receiptLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.doneWords.addWidget(self.receiptLabel)

        self.changeDueLabel = QLabel(self.donePage)
        self.changeDueLabel.setObjectName(u"changeDueLabel")

        self.doneWords.addWidget(self.changeDueLabel)

        self.doneText = QLabel(self.donePage)
        self.doneText.setObjectName(u"doneText")
        self.doneText.setWordWrap(True)
        self.doneText.setProperty(u"role", u"muted")

        self.doneWords.addWidget(self.doneText)


        self.doneHeader.addLayout(self.doneWords)


        self.doneLayout.addLayout(self.doneHeader)

        self.doneGap = QSpacerItem(20, 12, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.doneLayout.addItem(self.doneGap)

        self.receiptRow = QHBoxLayout()
        self.receiptRow.setSpacing(10)
        self.receiptRow.setObjectName(u"receiptRow")
        self.openReceiptButton = QPushButton(self.donePage)
        self.openReceiptButton.setObjectName(u"openReceiptButton")

        self.receiptRow.addWidget(self.openReceiptButton)

        self.printButton = QPushButton(self.donePage)
        self.printButton.setObjectName(u"printButton")

        self.receiptRow.addWidget(self.printButton)

        self.receiptRowEnd = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.receiptRow.addItem(self.receiptRowEnd)


        self.doneLayout.addLayout(self.receiptRow)

        self.doneBottom = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.doneLayout.addItem(self.doneBottom)

        self.pages.addWidget(self.donePage)

        self.dialogLayout.addWidget(self.pages)

        self.statusLabel = QLabel(PaymentDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.statusLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setSpacing(10)
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(PaymentDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonRow.addWidget(self.cancelButton)

        self.payButton = QPushButton(PaymentDialog)
        self.payButton.setObjectName(u"payButton")
        self.payButton.setProperty(u"primary", True)

        self.buttonRow.addWidget(self.payButton)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.referenceKey.setBuddy(self.referenceEdit)
        self.tenderedKey.setBuddy(self.tenderedEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.itemsTable, self.addLineButton)
        QWidget.setTabOrder(self.addLineButton, self.removeLineButton)
        QWidget.setTabOrder(self.removeLineButton, self.cashButton)
        QWidget.setTabOrder(self.cashButton, self.cardButton)
        QWidget.setTabOrder(self.cardButton, self.transferButton)
        QWidget.setTabOrder(self.transferButton, self.otherButton)
        QWidget.setTabOrder(self.otherButton, self.referenceEdit)
        QWidget.setTabOrder(self.referenceEdit, self.tenderedEdit)
        QWidget.setTabOrder(self.tenderedEdit, self.payButton)
        QWidget.setTabOrder(self.payButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.openReceiptButton)
        QWidget.setTabOrder(self.openReceiptButton, self.printButton)

        self.retranslateUi(PaymentDialog)

        QMetaObject.connectSlotsByName(PaymentDialog)
    # setupUi

    def retranslateUi(self, PaymentDialog):
        PaymentDialog.setWindowTitle(QCoreApplication.translate("PaymentDialog", u"Take payment", None))
        self.titleLabel.setText(QCoreApplication.translate("PaymentDialog", u"Take payment", None))
        self.itemsSection.setText(QCoreApplication.translate("PaymentDialog", u"WHAT IS PAID FOR", None))
#if QT_CONFIG(accessibility)
        self.quickBox.setAccessibleName(QCoreApplication.translate("PaymentDialog", u"Add with one click", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.itemsTable.setAccessibleName(QCoreApplication.translate("PaymentDialog", u"Items to charge", None))
#endif // QT_CONFIG(accessibility)
        self.addLineButton.setText(QCoreApplication.translate("PaymentDialog", u"Add &line", None))
#if QT_CONFIG(tooltip)
        self.addLineButton.setToolTip(QCoreApplication.translate("PaymentDialog", u"Add a line you describe yourself (Ins)", None))
#endif // QT_CONFIG(tooltip)
        self.removeLineButton.setText(QCoreApplication.translate("PaymentDialog", u"Re&move line", None))
#if QT_CONFIG(tooltip)
        self.removeLineButton.setToolTip(QCoreApplication.translate("PaymentDialog", u"Remove the selected line (Del)", None))
#endif // QT_CONFIG(tooltip)
        self.methodSection.setText(QCoreApplication.translate("PaymentDialog", u"HOW", None))
        self.cashButton.setText(QCoreApplication.translate("PaymentDialog", u"&Cash", None))
#if QT_CONFIG(tooltip)
        self.cashButton.setToolTip(QCoreApplication.translate("PaymentDialog", u"Paid in cash (Alt+C)", None))
#endif // QT_CONFIG(tooltip)
        self.cardButton.setText(QCoreApplication.translate("PaymentDialog", u"C&ard", None))
#if QT_CONFIG(tooltip)
        self.cardButton.setToolTip(QCoreApplication.translate("PaymentDialog", u"Paid by card on the terminal (Alt+A)", None))
#endif // QT_CONFIG(tooltip)
        self.transferButton.setText(QCoreApplication.translate("PaymentDialog", u"&Transfer", None))
#if QT_CONFIG(tooltip)
        self.transferButton.setToolTip(QCoreApplication.translate("PaymentDialog", u"Paid by bank transfer (Alt+T)", None))
#endif // QT_CONFIG(tooltip)
        self.otherButton.setText(QCoreApplication.translate("PaymentDialog", u"&Other", None))
#if QT_CONFIG(tooltip)
        self.otherButton.setToolTip(QCoreApplication.translate("PaymentDialog", u"Voucher, MB Way\u2026 (Alt+O)", None))
#endif // QT_CONFIG(tooltip)
        self.referenceKey.setText(QCoreApplication.translate("PaymentDialog", u"R&eference", None))
#if QT_CONFIG(accessibility)
        self.referenceEdit.setAccessibleName(QCoreApplication.translate("PaymentDialog", u"Terminal or transfer reference", None))
#endif // QT_CONFIG(accessibility)
        self.referenceEdit.setPlaceholderText(QCoreApplication.translate("PaymentDialog", u"The terminal's transaction number \u2014 never the card number", None))
        self.tenderedKey.setText(QCoreApplication.translate("PaymentDialog", u"Cash &received", None))
#if QT_CONFIG(accessibility)
        self.tenderedEdit.setAccessibleName(QCoreApplication.translate("PaymentDialog", u"Cash received from the member", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.tenderedEdit.setToolTip(QCoreApplication.translate("PaymentDialog", u"What the member handed over; the change is worked out for you", None))
#endif // QT_CONFIG(tooltip)
        self.tenderedEdit.setPlaceholderText(QCoreApplication.translate("PaymentDialog", u"e.g. 50.00", None))
#if QT_CONFIG(accessibility)
        self.notesBox.setAccessibleName(QCoreApplication.translate("PaymentDialog", u"Amounts received with one click", None))
#endif // QT_CONFIG(accessibility)
        self.changeCaption.setText(QCoreApplication.translate("PaymentDialog", u"Change", None))
        self.changeLabel.setText(QCoreApplication.translate("PaymentDialog", u"\u2014", None))
#if QT_CONFIG(accessibility)
        self.changeLabel.setAccessibleName(QCoreApplication.translate("PaymentDialog", u"Change to give", None))
#endif // QT_CONFIG(accessibility)
        self.totalCaption.setText(QCoreApplication.translate("PaymentDialog", u"Total", None))
        self.taxLabel.setText(QCoreApplication.translate("PaymentDialog", u"Prices include tax", None))
        self.totalLabel.setText(QCoreApplication.translate("PaymentDialog", u"\u20ac0.00", None))
#if QT_CONFIG(accessibility)
        self.totalLabel.setAccessibleName(QCoreApplication.translate("PaymentDialog", u"Total", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.changeDueLabel.setAccessibleName(QCoreApplication.translate("PaymentDialog", u"Change to give", None))
#endif // QT_CONFIG(accessibility)
        self.openReceiptButton.setText(QCoreApplication.translate("PaymentDialog", u"&Open receipt", None))
#if QT_CONFIG(tooltip)
        self.openReceiptButton.setToolTip(QCoreApplication.translate("PaymentDialog", u"Open the receipt PDF in the viewer (Ctrl+O)", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("PaymentDialog", u"&Print\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("PaymentDialog", u"Print the receipt (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.cancelButton.setText(QCoreApplication.translate("PaymentDialog", u"Cancel", None))
#if QT_CONFIG(tooltip)
        self.cancelButton.setToolTip(QCoreApplication.translate("PaymentDialog", u"Close without charging (Esc)", None))
#endif // QT_CONFIG(tooltip)
        self.payButton.setText(QCoreApplication.translate("PaymentDialog", u"Pay", None))
#if QT_CONFIG(tooltip)
        self.payButton.setToolTip(QCoreApplication.translate("PaymentDialog", u"Charge and issue the receipt (Enter)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi
