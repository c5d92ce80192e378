# GENERATED from ui/cashup_panel.ui — do not edit; run `make forms` to regenerate.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QAbstractScrollArea, QApplication, QDateEdit,
    QFrame, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QToolButton, QVBoxLayout,
    QWidget)

from fitmate_desktop.gui.widgets.state_view import StateView

class Ui_CashUpPanel(object):
    def setupUi(self, CashUpPanel):
        if not CashUpPanel.objectName():
            CashUpPanel.setObjectName(u"CashUpPanel")
        CashUpPanel.resize(1100, 700)
        self.panelLayout = QVBoxLayout(CashUpPanel)
        self.panelLayout.setSpacing(10)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(18, 14, 18, 12)
        self.headerRow = QHBoxLayout()
        self.headerRow.setSpacing(8)
        self.headerRow.setObjectName(u"headerRow")
        self.titleLabel = QLabel(CashUpPanel)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"h1")

        self.headerRow.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.noticeLabel = QLabel(CashUpPanel)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setProperty(u"role", u"muted")

        self.headerRow.addWidget(self.noticeLabel)

        self.prevDayButton = QToolButton(CashUpPanel)
        self.prevDayButton.setObjectName(u"prevDayButton")

        self.headerRow.addWidget(self.prevDayButton)

        self.dateEdit = QDateEdit(CashUpPanel)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setMinimumSize(QSize(150, 0))

        self.headerRow.addWidget(self.dateEdit)

        self.nextDayButton = QToolButton(CashUpPanel)
        self.nextDayButton.setObjectName(u"nextDayButton")

        self.headerRow.addWidget(self.nextDayButton)

        self.todayButton = QPushButton(CashUpPanel)
        self.todayButton.setObjectName(u"todayButton")

        self.headerRow.addWidget(self.todayButton)

        self.pdfButton = QPushButton(CashUpPanel)
        self.pdfButton.setObjectName(u"pdfButton")

        self.headerRow.addWidget(self.pdfButton)

        self.printButton = QPushButton(CashUpPanel)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setProperty(u"primary", True)

        self.headerRow.addWidget(self.printButton)


        self.panelLayout.addLayout(self.headerRow)

        self.cashState = StateView(CashUpPanel)
        self.cashState.setObjectName(u"cashState")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.cashState.sizePolicy().hasHeightForWidth())
        self.cashState.setSizePolicy(sizePolicy)
        self.contentPage = QWidget()
        self.contentPage.setObjectName(u"contentPage")
        self.contentLayout = QVBoxLayout(self.contentPage)
        self.contentLayout.setSpacing(0)
        self.contentLayout.setObjectName(u"contentLayout")
        self.contentLayout.setContentsMargins(0, 0, 0, 0)
        self.paperScroll = QScrollArea(self.contentPage)
        self.paperScroll.setObjectName(u"paperScroll")
        self.paperScroll.setWidgetResizable(True)
        self.paperScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.paperHolder = QWidget()
        self.paperHolder.setObjectName(u"paperHolder")
        self.paperHolderLayout = QHBoxLayout(self.paperHolder)
        self.paperHolderLayout.setSpacing(0)
        self.paperHolderLayout.setObjectName(u"paperHolderLayout")
        self.paperHolderLayout.setContentsMargins(0, 0, 0, 0)
        self.paperLeft = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.paperHolderLayout.addItem(self.paperLeft)

        self.paper = QFrame(self.paperHolder)
        self.paper.setObjectName(u"paper")
        self.paper.setMaximumSize(QSize(980, 16777215))
        self.paperLayout = QVBoxLayout(self.paper)
        self.paperLayout.setSpacing(8)
        self.paperLayout.setObjectName(u"paperLayout")
        self.paperLayout.setContentsMargins(28, 22, 28, 22)
        self.paperHeader = QHBoxLayout()
        self.paperHeader.setSpacing(12)
        self.paperHeader.setObjectName(u"paperHeader")
        self.paperTitle = QVBoxLayout()
        self.paperTitle.setSpacing(2)
        self.paperTitle.setObjectName(u"paperTitle")
        self.dayLabel = QLabel(self.paper)
        self.dayLabel.setObjectName(u"dayLabel")
        self.dayLabel.setProperty(u"role", u"h2")

        self.paperTitle.addWidget(self.dayLabel)

        self.metaLabel = QLabel(self.paper)
        self.metaLabel.setObjectName(u"metaLabel")
        self.metaLabel.setWordWrap(True)
        self.metaLabel.setProperty(u"role", u"muted")

        self.paperTitle.addWidget(self.metaLabel)


        self.paperHeader.addLayout(self.paperTitle)

        self.paperHeaderSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.paperHeader.addItem(self.paperHeaderSpacer)

        self.netColumn = QVBoxLayout()
        self.netColumn.setSpacing(0)
        self.netColumn.setObjectName(u"netColumn")
        self.netCaption = QLabel(self.paper)
        self.netCaption.setObjectName(u"netCaption")
        self.netCaption.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.netCaption.setProperty(u"role", u"muted")

        self.netColumn.addWidget(self.netCaption)

        self.netLabel = QLabel(self.paper)
        self.netLabel.setObjectName(u"netLabel")
        self.netLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.netColumn.addWidget(self.netLabel)


        self.paperHeader.addLayout(self.netColumn)


        self.paperLayout.addLayout(self.paperHeader)

        self.countSection = QLabel(self.paper)
        self.countSection.setObjectName(u"countSection")
        self.countSection.setProperty(u"role", u"section")

        self.paperLayout.addWidget(self.countSection)

        self.methodSection = QLabel(self.paper)
        self.methodSection.setObjectName(u"methodSection")
        self.methodSection.setProperty(u"role", u"section")

        self.paperLayout.addWidget(self.methodSection)

        self.methodTable = QTableWidget(self.paper)
        self.methodTable.setObjectName(u"methodTable")
        self.methodTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.methodTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.methodTable.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.methodTable.setShowGrid(False)
        self.methodTable.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.methodTable.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.methodTable.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.methodTable.setCornerButtonEnabled(False)

        self.paperLayout.addWidget(self.methodTable)

        self.staffSection = QLabel(self.paper)
        self.staffSection.setObjectName(u"staffSection")
        self.staffSection.setProperty(u"role", u"section")

        self.paperLayout.addWidget(self.staffSection)

        self.staffTable = QTableWidget(self.paper)
        self.staffTable.setObjectName(u"staffTable")
        self.staffTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.staffTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.staffTable.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.staffTable.setShowGrid(False)
        self.staffTable.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.staffTable.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.staffTable.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.staffTable.setCornerButtonEnabled(False)

        self.paperLayout.addWidget(self.staffTable)

        self.noteLabel = QLabel(self.paper)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)
        self.noteLabel.setProperty(u"role", u"muted")

        self.paperLayout.addWidget(self.noteLabel)


        self.paperHolderLayout.addWidget(self.paper, 0, Qt.AlignmentFlag.AlignTop)

        self.paperRight = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.paperHolderLayout.addItem(self.paperRight)

        self.paperScroll.setWidget(self.paperHolder)

        self.contentLayout.addWidget(self.paperScroll)

        self.cashState.addWidget(self.contentPage)

        self.panelLayout.addWidget(self.cashState)

        QWidget.setTabOrder(self.dateEdit, self.prevDayButton)
        QWidget.setTabOrder(self.prevDayButton, self.nextDayButton)
        QWidget.setTabOrder(self.nextDayButton, self.todayButton)
        QWidget.setTabOrder(self.todayButton, self.pdfButton)
        QWidget.setTabOrder(self.pdfButton, self.printButton)

        self.retranslateUi(CashUpPanel)

        QMetaObject.connectSlotsByName(CashUpPanel)
    # setupUi

    def retranslateUi(self, CashUpPanel):
        CashUpPanel.setWindowTitle(QCoreApplication.translate("CashUpPanel", u"Cash-up", None))
        self.titleLabel.setText(QCoreApplication.translate("CashUpPanel", u"Cash-up", None))
#if QT_CONFIG(tooltip)
        self.prevDayButton.setToolTip(QCoreApplication.translate("CashUpPanel", u"The day before (Alt+Left)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.prevDayButton.setAccessibleName(QCoreApplication.translate("CashUpPanel", u"Previous day", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("CashUpPanel", u"Day", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.dateEdit.setToolTip(QCoreApplication.translate("CashUpPanel", u"The day to add up", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.nextDayButton.setToolTip(QCoreApplication.translate("CashUpPanel", u"The day after (Alt+Right)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.nextDayButton.setAccessibleName(QCoreApplication.translate("CashUpPanel", u"Next day", None))
#endif // QT_CONFIG(accessibility)
        self.todayButton.setText(QCoreApplication.translate("CashUpPanel", u"&Today", None))
#if QT_CONFIG(tooltip)
        self.todayButton.setToolTip(QCoreApplication.translate("CashUpPanel", u"Back to today (Alt+T)", None))
#endif // QT_CONFIG(tooltip)
        self.pdfButton.setText(QCoreApplication.translate("CashUpPanel", u"&Open PDF", None))
#if QT_CONFIG(tooltip)
        self.pdfButton.setToolTip(QCoreApplication.translate("CashUpPanel", u"Open the cash-up as a PDF (Ctrl+O)", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("CashUpPanel", u"&Print\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("CashUpPanel", u"Print the cash-up to sign (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.netCaption.setText(QCoreApplication.translate("CashUpPanel", u"Net takings", None))
#if QT_CONFIG(accessibility)
        self.netLabel.setAccessibleName(QCoreApplication.translate("CashUpPanel", u"Net takings", None))
#endif // QT_CONFIG(accessibility)
        self.countSection.setText(QCoreApplication.translate("CashUpPanel", u"COUNT", None))
        self.methodSection.setText(QCoreApplication.translate("CashUpPanel", u"BY PAYMENT METHOD", None))
#if QT_CONFIG(accessibility)
        self.methodTable.setAccessibleName(QCoreApplication.translate("CashUpPanel", u"Takings by payment method", None))
#endif // QT_CONFIG(accessibility)
        self.staffSection.setText(QCoreApplication.translate("CashUpPanel", u"BY STAFF MEMBER", None))
#if QT_CONFIG(accessibility)
        self.staffTable.setAccessibleName(QCoreApplication.translate("CashUpPanel", u"Takings by staff member", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("CashUpPanel", u"Refunds count on the day they are given back. Cash to count in the drawer: the cash line's net.", None))
    # retranslateUi
